"""The analysts' web app over the published warehouse: map, filters, projects with their evidence.

Dash, because it fits the stack: plotly (already drawing the report) renders the charts, every
page and callback is plain Python over the same SQL as the report, and a real browser can test it.
`make app` serves it on 127.0.0.1:PARK_APP_PORT (8050).
"""
from __future__ import annotations

from dash import Dash

from park_pipeline.app import pages  # noqa: F401  (registers the pages' callbacks)
from park_pipeline.app.layout import INDEX, shell


def create_app() -> Dash:
    """The app; its layout is built on every page load, so a reload shows the newest warehouse."""
    app = Dash(__name__, title="园区项目", index_string=INDEX, suppress_callback_exceptions=True,
               update_title=None)
    app.layout = shell
    return app

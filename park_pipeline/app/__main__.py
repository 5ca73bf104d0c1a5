"""`python -m park_pipeline.app` (what `make app` runs): serve the app on 127.0.0.1:PARK_APP_PORT."""
import sys

from park_pipeline.app import create_app
from park_pipeline.config import APP_HOST, load_settings


def main() -> None:
    try:
        settings = load_settings()
    except ValueError as error:  # a PARK_APP_PORT that is no port number
        sys.exit(str(error))
    print(f"park_pipeline app on {settings.app_url} (warehouse {settings.warehouse}, read-only)", flush=True)
    create_app().run(host=APP_HOST, port=settings.app_port, debug=False)


if __name__ == "__main__":
    main()

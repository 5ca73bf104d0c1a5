"""Realistic load-test pages: the shapes of real pages, with varied places, numbers and order.

Each page takes one template page's head and tail (its web chrome) around a shuffled body whose
park cities and numbers are varied, plus a few paragraphs of a second template, so that no two
pages are equal and sizes stay realistic.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

CITIES = (
    "随州 禹州 株洲 荆门 焦作 乐山 常州 绵阳 洛阳 襄阳 宜昌 岳阳 衡阳 赣州 九江 芜湖 蚌埠 淮安 盐城 泰州 "
    "嘉兴 湖州 绍兴 金华 台州 温州 泉州 漳州 莆田 潍坊 淄博 烟台 威海 济宁 临沂 德州 保定 唐山 廊坊 邯郸 "
    "大同 长治 包头 鞍山 营口 吉林 大庆 宝鸡 咸阳 渭南 天水 白银 银川 昆明 玉溪 遵义 安顺 柳州 桂林 北海 "
    "湛江 肇庆 惠州 江门 珠海 中山 佛山 南通 扬州 镇江 徐州 连云港 宿迁 马鞍山 滁州 六安"
).split()
_PARK_PLACE = re.compile(r"[\u4e00-\u9fff]{2}(?=高新区|经开区|开发区|高新技术产业开发区)")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def load_templates(*folders: Path) -> list[list[str]]:
    pages = []
    for path in sorted(p for folder in folders for p in folder.glob("*.txt")):
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        if len(lines) >= 5:
            pages.append(lines)
    if not pages:
        raise SystemExit(f"no template pages in {', '.join(map(str, folders))}")
    return pages


def _vary(line: str, rng: random.Random, city: str) -> str:
    line = _PARK_PLACE.sub(city, line)
    return _NUMBER.sub(lambda m: f"{float(m.group()) * rng.uniform(0.5, 1.5):.1f}".rstrip("0").rstrip("."), line)


def write_pages(n: int, out: Path, templates: list[list[str]], seed: int = 7, start: int = 0) -> list[Path]:
    rng = random.Random(seed * 1_000_003 + start)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for i in range(start, start + n):
        page = rng.choice(templates)
        cut = max(1, len(page) // 5)
        head, body, tail = page[:cut], page[cut:len(page) - cut], page[len(page) - cut:]
        donor = rng.choice(templates)
        body = body + donor[len(donor) // 3: len(donor) // 3 + rng.randint(0, 6)]
        rng.shuffle(body)
        city = rng.choice(CITIES)
        text = "\n".join(head + [_vary(line, rng, city) for line in body] + tail) + f"\n({i})\n"
        path = out / f"gen_{seed}_{i:07d}.txt"
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written

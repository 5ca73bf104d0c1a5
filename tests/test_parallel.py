"""The process pool the text work runs on: same results as in-process, in order, slice by slice."""
from park_pipeline.parallel import IN_PROCESS_BELOW, map_in_process, slices, text_workers


def square_all(numbers):  # module level: the workers import it by name
    return [n * n for n in numbers]


def test_a_pool_gives_the_in_process_results_in_order(monkeypatch):
    monkeypatch.setenv("PARK_WORKERS", "2")
    numbers = list(range(IN_PROCESS_BELOW + 37))
    expected = list(map_in_process(square_all, numbers))
    with text_workers(len(numbers)) as map_chunks:
        assert map_chunks is not map_in_process  # big enough for the pool
        first = list(map_chunks(square_all, numbers))
        second = list(map_chunks(square_all, numbers))  # the same workers serve every slice
    assert first == second == expected
    assert [n for chunk in first for n in chunk] == [n * n for n in numbers]


def test_small_batches_and_one_worker_stay_in_process(monkeypatch):
    with text_workers(IN_PROCESS_BELOW - 1) as map_chunks:
        assert map_chunks is map_in_process
    monkeypatch.setenv("PARK_WORKERS", "1")
    with text_workers(10 * IN_PROCESS_BELOW) as map_chunks:
        assert map_chunks is map_in_process


def test_slices_cover_every_item_once(monkeypatch):
    monkeypatch.setenv("PARK_SLICE_SIZE", "4")
    assert slices(list(range(10))) == [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]
    assert slices([]) == []

"""search_find_s, search_replace_all_s: find and replace across a 5,000-question course
(issue #15; the find panel searches as the trainer types, so a search should take well under
a second)."""

from __future__ import annotations

from benchmarks.generate import generated_course
from benchmarks.timing import best_of
from courseware import search


def run() -> dict[str, float]:
    course = generated_course(modules=50, questions_per_module=100)
    query = "倾听"  # in every option and accepted answer: about 8,000 matches
    matches = search.find(course, query)
    assert matches, query
    return {
        "search_find_s": best_of(3, lambda: search.find(course, query)),
        "search_whole_word_s": best_of(
            3, lambda: search.find(course, "the", search.SearchOptions(whole_word=True))),
        "search_replace_all_s": best_of(3, lambda: search.replace_all(course, query, "X")),
        "search_matches": float(len(matches)),
    }

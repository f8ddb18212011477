"""A move into a used-up gap renumbers a window around its landing spot, not the whole queue.

The domain part runs on plain tuples of questions, also as a store runs it (the few rows
around the landing spot first, then a stretch of the queue with fences, then everything);
the store part on a real SQLite event file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import datetime, timedelta
from itertools import pairwise
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import seed_like_draft
from moderator.domain.model import Question
from moderator.domain.queue import QueueChange, apply_change, queue_order
from moderator.domain.queue_ops import (
    MIN_GAP,
    RENUMBER_RADIUS,
    RENUMBER_STEP,
    Move,
    MoveSeveral,
    apply_move_within,
)
from moderator.persistence import EventStore

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2021, 6, 9, 15, 10, tzinfo=BERLIN)
PANEL = 6
WINDOW = 2 * RENUMBER_RADIUS + 1  # the first window: 8 questions either side and the moved one


def queue(count: int, step: float = 1.0) -> tuple[Question, ...]:
    return tuple(
        Question(text=f"Frage {i}?", created_at=NOW - timedelta(minutes=count - i), id=i, position=i * step)
        for i in range(1, count + 1)
    )


def order(questions: Sequence[Question]) -> list[int]:
    return [q.id for q in queue_order(questions) if q.id is not None]


def intended(ids: list[int], moved: Sequence[int], before_id: int | None) -> list[int]:
    """The order a person means by "put ``moved`` (in this order) right before ``before_id``"."""
    rest = [i for i in ids if i not in moved]
    at = len(rest) if before_id is None else rest.index(before_id)
    return [*rest[:at], *moved, *rest[at:]]


def as_a_store(questions: tuple[Question, ...], op: Move | MoveSeveral, k: int) -> QueueChange:
    """What EventStore.change_queue does, on tuples: the rows around the landing spot, then
    ``k`` questions either side with fences, then all of them."""
    ordered = queue_order(questions)
    moved = {op.question_id} if isinstance(op, Move) else set(op.question_ids)
    rest = [q for q in ordered if q.id not in moved]
    at = len(rest) if op.before_id is None else next(i for i, q in enumerate(rest) if q.id == op.before_id)
    mine = [q for q in ordered if q.id in moved]
    few = [*mine, *rest[max(0, at - 1) : at + 1]]
    change = op.apply(tuple(few), NOW, PANEL)
    if not change.renumbered:
        return change
    start, stop = max(0, at - k), min(len(rest), at + k)
    lower = rest[start].id if start > 0 else None
    upper = rest[stop - 1].id if stop < len(rest) else None
    within = apply_move_within(op, (*mine, *rest[start:stop]), NOW, PANEL, lower=lower, upper=upper)
    return within if within is not None else op.apply(questions, NOW, PANEL)


def assert_spread(questions: Sequence[Question]) -> None:
    positions = [q.position for q in queue_order(questions)]
    # A midpoint leaves at least half of MIN_GAP; a renumbered window RENUMBER_STEP or more.
    assert all(b - a >= MIN_GAP / 2 for a, b in pairwise(positions))


@settings(max_examples=60, deadline=None)
@given(
    count=st.integers(min_value=2, max_value=120),
    k=st.sampled_from([2, 5, 16, 1000]),
    plan=st.lists(
        st.tuples(
            st.sampled_from(["one", "several", "gap"]),
            st.integers(min_value=0, max_value=10_000),
            st.integers(min_value=0, max_value=10_000),
            st.integers(min_value=1, max_value=4),
        ),
        min_size=1,
        max_size=8,
    ),
)
def test_any_moves_keep_the_intended_order_and_room_between_positions(
    count: int, k: int, plan: list[tuple[str, int, int, int]]
) -> None:
    questions = queue(count)
    ids = order(questions)
    for kind, a, b, many in plan:
        # "gap": 45 moves that each drop a question right after the one at rank a.
        rounds = 45 if kind == "gap" else 1
        for n in range(rounds):
            if kind == "gap":
                if len(ids) < 3:
                    break
                anchor = a % (len(ids) - 1)
                moved: tuple[int, ...] = (ids[(anchor + 2 + (b + n) % (len(ids) - 2)) % len(ids)],)
                if moved[0] == ids[anchor]:
                    continue
                rest = [i for i in ids if i != moved[0]]
                spot = rest.index(ids[anchor]) + 1
                before_id = rest[spot] if spot < len(rest) else None
            else:
                size = 1 if kind == "one" else min(many, len(ids) - 1)
                moved = tuple(ids[(a + j * 7) % len(ids)] for j in range(size))
                moved = tuple(dict.fromkeys(moved))
                others = [i for i in ids if i not in moved]
                before_id = None if b % (len(others) + 1) == len(others) else others[b % (len(others) + 1)]
            op: Move | MoveSeveral = Move(moved[0], before_id) if len(moved) == 1 else MoveSeveral(moved, before_id)
            change = as_a_store(questions, op, k)
            before = questions
            questions = apply_change(questions, change)
            ids = intended(ids, moved, before_id)
            assert order(questions) == ids
            assert_spread(questions)
            if change.renumbered and change.undo is not None:
                undone = apply_change(questions, change.undo.apply(questions, NOW, PANEL))
                assert order(undone) == order(before)
                assert [q.position for q in queue_order(undone)] == [q.position for q in queue_order(before)]


def drop_after_first(questions: tuple[Question, ...], mover: int) -> tuple[tuple[Question, ...], QueueChange]:
    ids = order(questions)
    change = Move(mover, ids[1] if ids[1] != mover else ids[2]).apply(questions, NOW, PANEL)
    return apply_change(questions, change), change


def test_a_renumbering_move_in_a_big_queue_patches_a_window_not_the_queue() -> None:
    questions = queue(5000)
    ids = order(questions)
    windows = []
    for n in range(60):
        mover = ids[-1 - n]
        anchor = ids[2500]  # always right after question 2501: one and the same gap
        questions, change = as_a_store_change(questions, Move(mover, next_after(questions, anchor, mover)))
        if change.renumbered:
            windows.append(len(change.patches))
        assert len(change.patches) <= WINDOW
    assert windows and all(size <= WINDOW for size in windows)
    assert len(windows) >= 2
    assert_spread(questions)


def next_after(questions: tuple[Question, ...], anchor: int, mover: int) -> int | None:
    rest = [i for i in order(questions) if i != mover]
    spot = rest.index(anchor) + 1
    return rest[spot] if spot < len(rest) else None


def as_a_store_change(
    questions: tuple[Question, ...], op: Move | MoveSeveral
) -> tuple[tuple[Question, ...], QueueChange]:
    change = as_a_store(questions, op, 512)
    return apply_change(questions, change), change


def test_undo_of_a_renumbering_move_restores_the_order_and_exactly_the_patched_rows() -> None:
    questions = queue(300)
    change = None
    for n in range(40):
        before = questions
        questions, change = as_a_store_change(questions, Move(300 - n, next_after(questions, 150, 300 - n)))
        if change.renumbered:
            break
    assert change is not None and change.renumbered and change.undo is not None
    restore = change.undo.apply(questions, NOW, PANEL)
    assert {p.question_id for p in restore.patches} == {p.question_id for p in change.patches}
    undone = apply_change(questions, restore)
    assert order(undone) == order(before)
    assert {q.id: q.position for q in undone} == {q.id: q.position for q in before}


def test_at_the_start_the_window_steps_back_from_the_top_by_whole_units() -> None:
    questions = queue(100)
    ids = order(questions)
    renumbered = []
    for _ in range(45):  # the last question, right after the first: 100, 99, ... 56
        mover, before_id = ids[-1], ids[1]
        questions, change = drop_after_first(questions, mover)
        ids = intended(ids, [mover], before_id)
        assert order(questions) == ids
        if change.renumbered:
            renumbered.append(change)
    assert renumbered
    for change in renumbered:
        assert len(change.patches) <= WINDOW
    assert_spread(questions)
    top = order(questions)
    assert top[0] == 1 and top[1:46] == [100 - n for n in range(44, -1, -1)]


def test_at_the_end_the_window_steps_on_past_the_last_by_whole_units() -> None:
    questions = queue(100)
    # Always right before the last question (100): the gap before it halves each time.
    for n in range(45):
        questions, change = as_a_store_change(questions, Move(1 + n, 100))
        assert len(change.patches) <= WINDOW
    ids = order(questions)
    assert ids[-1] == 100 and ids[-46:-1] == list(range(1, 46))
    assert_spread(questions)
    # The last question's position may grow: the window reached past the end.
    assert max(q.position for q in questions) >= 100.0


def test_a_crowded_stretch_widens_the_window_and_a_too_narrow_one_asks_for_everything() -> None:
    # Questions 1..40 crowded 8e-7 apart (under MIN_GAP): a window of 17 among them does
    # not fit RENUMBER_STEP apart, so it doubles until it reaches the roomy part.
    crowded = tuple(
        Question(text=f"Frage {i}?", created_at=NOW, id=i, position=1 + i * 8e-7 if i <= 40 else float(i))
        for i in range(1, 101)
    )
    change = Move(100, 21).apply(crowded, NOW, PANEL)
    assert change.renumbered and len(change.patches) > WINDOW
    after = apply_change(crowded, change)
    assert order(after) == intended(order(crowded), [100], 21)
    assert_spread(after)
    # The same on a stretch of only ten questions either side: it does not fit, a store
    # must read everything.
    rest = [q for q in queue_order(crowded) if q.id != 100]
    at = [q.id for q in rest].index(21)
    stretch = (by(crowded, 100), *rest[at - 10 : at + 10])
    assert apply_move_within(Move(100, 21), stretch, NOW, PANEL, lower=stretch[1].id, upper=stretch[-1].id) is None


def by(questions: Sequence[Question], question_id: int) -> Question:
    return next(q for q in questions if q.id == question_id)


def test_several_rows_dropped_into_a_used_up_gap_renumber_a_window_as_one_undo_step() -> None:
    questions = queue(400)
    for n in range(25):  # use up the gap after question 200
        questions, _ = as_a_store_change(questions, Move(400 - n, next_after(questions, 200, 400 - n)))
    before = questions
    ids = order(questions)
    spot = ids[ids.index(200) + 1]
    op = MoveSeveral((5, 6, 7), spot)
    change = as_a_store(questions, op, 512)
    questions = apply_change(questions, change)
    assert order(questions) == intended(ids, [5, 6, 7], spot)
    assert_spread(questions)
    assert len(change.patches) < 3 + 2 * WINDOW
    assert [entry.detail for entry in change.log] == [f"5 before {spot}", f"6 before {spot}", f"7 before {spot}"]
    assert change.undo is not None
    undone = apply_change(questions, change.undo.apply(questions, NOW, PANEL))
    assert {q.id: q.position for q in undone} == {q.id: q.position for q in before}


# -- the store, on a real event file ----------------------------------------------------


def changes_written(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT COUNT(*) FROM change").fetchone()[0])
    finally:
        connection.close()


def test_sixty_moves_into_one_gap_of_a_big_event_write_a_window_at_most(tmp_path: Path) -> None:
    path = tmp_path / "big.moderator"
    store = EventStore.create(path, seed_like_draft())
    added = store.add_questions(
        [Question(text=f"Frage Nummer {i}?", created_at=NOW, created_by="Co-Host") for i in range(5000)], now=NOW
    )
    ids = [q.id for q in queue_order(added) if q.id is not None]
    anchor = ids[2000]
    renumbered = 0
    try:
        for n in range(60):
            mover = ids[-1 - n] if ids[-1 - n] != anchor else ids[0]
            rest = [i for i in ids if i != mover]
            before_id = rest[rest.index(anchor) + 1]
            written = changes_written(path)
            change = store.change_queue(Move(mover, before_id), now=NOW)
            rows = changes_written(path) - written
            assert rows == len(change.patches) <= WINDOW
            renumbered += change.renumbered
            ids = intended(ids, [mover], before_id)
        # The dropping end of the queue (questions 4941..5000) too: from both ends at once.
        for n in range(45):
            mover = ids[n]
            before_id = ids[-1]
            written = changes_written(path)
            store.change_queue(Move(mover, before_id), now=NOW)
            assert changes_written(path) - written <= WINDOW
            ids = intended(ids, [mover], before_id)
    finally:
        store.close()
    assert renumbered >= 2
    on_disk = EventStore.open(path)
    try:
        questions = on_disk.questions()
    finally:
        on_disk.close()
    assert order(questions) == ids
    assert_spread(questions)


def test_a_store_reads_everything_when_the_window_does_not_fit_its_stretch(tmp_path: Path) -> None:
    # 2,600 questions crowded 9e-7 apart (under MIN_GAP, as an old file might hold them):
    # no window of 1e-3 steps fits within 64, nor 1024 questions either side, so the
    # store falls back to the whole queue, and the order is still right.
    path = tmp_path / "crowded.moderator"
    store = EventStore.create(path, seed_like_draft())
    added = store.add_questions(
        [Question(text=f"Frage {i}?", created_at=NOW, created_by="Co-Host") for i in range(2600)], now=NOW
    )
    store.close()
    connection = sqlite3.connect(path)
    with connection:
        connection.executemany(
            "UPDATE question SET position = ? WHERE id = ?",
            [(1.0 + rank * 9e-7, q.id) for rank, q in enumerate(queue_order(added))],
        )
    connection.close()
    ids = [q.id for q in queue_order(added) if q.id is not None]
    store = EventStore.open(path)
    try:
        mover, before_id = ids[-1], ids[1300]
        change = store.change_queue(Move(mover, before_id), now=NOW)
        assert change.renumbered
        assert len(change.patches) > 2 * 1024 + 1  # more than any stretch holds: all were read
        ids = intended(ids, [mover], before_id)
        assert order(store.questions()) == ids
    finally:
        store.close()


def test_moves_into_one_gap_on_postgresql_renumber_a_window_and_keep_the_order(
    tmp_path: Path, pg_server: object, pg_url: str
) -> None:
    from moderator.persistence.publish import publish

    path = tmp_path / "shared.moderator"
    store = EventStore.create(path, seed_like_draft())
    added = store.add_questions(
        [Question(text=f"Frage Nummer {i}?", created_at=NOW, created_by="Co-Host") for i in range(1500)], now=NOW
    )
    store.close()
    address = publish(path, pg_url, now=NOW)
    ids = [q.id for q in queue_order(added) if q.id is not None]
    anchor = ids[700]
    renumbered = 0
    store = EventStore.open(address)
    try:
        for n in range(45):
            mover = ids[-1 - n]
            rest = [i for i in ids if i != mover]
            before_id = rest[rest.index(anchor) + 1]
            change = store.change_queue(Move(mover, before_id), now=NOW)
            assert len(change.patches) <= WINDOW
            renumbered += change.renumbered
            ids = intended(ids, [mover], before_id)
        questions = store.questions()
    finally:
        store.close()
    assert renumbered >= 2
    assert order(questions) == ids
    assert_spread(questions)

"""The audience-question queue, told as small stories of a panel's questions.

No clock and no database: each operation gets the questions as a store would read them
and an instant, and its change is applied with :func:`apply_change`, as an in-memory
store would (every patched question's revision goes up by one). The panel slot has id 6.
"""

from __future__ import annotations

import time
from dataclasses import fields, replace
from datetime import datetime, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moderator.domain.clock import ClockReading, Phase
from moderator.domain.duplicates import DuplicateIndex, likely_duplicates, normalise_words, similarity
from moderator.domain.model import LogEntry, Question, QuestionStatus, Slot, SlotKind
from moderator.domain.questions import QuestionRejected
from moderator.domain.queue import (
    NO_CHANGE,
    UNCHANGED,
    EditConflict,
    QuestionPatch,
    QueueAction,
    QueueChange,
    QueueError,
    QueueOp,
    Unchanged,
    UndoStack,
    apply_change,
    askers,
    next_up,
    on_air,
    position_for_new,
    questions_that_fit,
    queue_order,
)
from moderator.domain.queue_ops import (
    MIN_GAP,
    RENUMBER_RADIUS,
    RENUMBER_STEP,
    Edit,
    Merge,
    Move,
    MoveDown,
    MoveSeveral,
    MoveToRank,
    MoveToTop,
    MoveUp,
    Restore,
    SetStatus,
    Unmerge,
    Vote,
)

BERLIN = ZoneInfo("Europe/Berlin")
S = QuestionStatus
PANEL = 6
OPEN = frozenset({S.NEW, S.QUEUED, S.ON_AIR})


def at(hour: int, minute: int, second: int = 0) -> datetime:
    """An instant on the seed event's day, Berlin time."""
    return datetime(2021, 6, 9, hour, minute, second, tzinfo=BERLIN)


NOW = at(15, 10)


def question(
    question_id: int,
    text: str = "",
    *,
    position: float | None = None,
    status: QuestionStatus = S.NEW,
    votes: int = 0,
    asked_by: str = "",
    **other: object,
) -> Question:
    """A stored question; by default its position is its id and its text names it."""
    return Question(
        text=text or f"Frage {question_id}?",
        created_at=at(14, 50) + timedelta(minutes=question_id),
        id=question_id,
        position=float(question_id) if position is None else position,
        status=status,
        votes=votes,
        asked_by=asked_by,
        **other,  # type: ignore[arg-type]
    )


def panel(count: int = 5) -> tuple[Question, ...]:
    """Questions 1..count, in that order."""
    return tuple(question(i) for i in range(1, count + 1))


def run(
    questions: tuple[Question, ...], op: QueueOp, now: datetime = NOW, slot_id: int | None = PANEL
) -> tuple[tuple[Question, ...], QueueChange]:
    """Apply ``op`` as a store would: to the current questions, then write its patches."""
    change = op.apply(questions, now, slot_id)
    return apply_change(questions, change), change


def order(questions: tuple[Question, ...]) -> list[int | None]:
    """The ids in queue order."""
    return [q.id for q in queue_order(questions)]


def by_id(questions: tuple[Question, ...], question_id: int) -> Question:
    return next(q for q in questions if q.id == question_id)


def without_revision(questions: tuple[Question, ...]) -> tuple[Question, ...]:
    """The questions with revision zeroed: undo restores the content, the store counts on."""
    return tuple(replace(q, revision=0) for q in questions)


# --- order ------------------------------------------------------------------------------


def test_a_question_moved_before_another_takes_the_middle_of_the_gap() -> None:
    questions, change = run(panel(), Move(4, 2))

    assert order(questions) == [1, 4, 2, 3, 5]
    assert change.patches == (QuestionPatch(4, {"position": 1.5}),)
    assert change.log == (
        LogEntry(at=NOW, action="question_moved", slot_id=PANEL, detail="4 before 2"),
    )


def test_moving_to_the_top_and_to_the_end_steps_one_past_the_neighbour() -> None:
    questions, _ = run(panel(), Move(3, 1))
    assert order(questions) == [3, 1, 2, 4, 5]
    assert by_id(questions, 3).position == 0.0

    questions, change = run(questions, Move(1, None))
    assert order(questions) == [3, 2, 4, 5, 1]
    assert by_id(questions, 1).position == 6.0
    assert change.log[0].detail == "1 last"


def test_moving_a_question_before_itself_or_where_it_already_is_changes_nothing() -> None:
    questions = panel()

    for op in (Move(3, 3), Move(3, 4), Move(5, None), MoveUp(1), MoveDown(5), MoveToTop(1)):
        assert op.apply(questions, NOW, PANEL) == NO_CHANGE
    assert not NO_CHANGE.changed and NO_CHANGE.undo is None and NO_CHANGE.log == ()


def test_up_down_top_and_rank_move_through_the_whole_queue() -> None:
    questions, _ = run(panel(), MoveUp(3))
    assert order(questions) == [1, 3, 2, 4, 5]
    questions, _ = run(questions, MoveDown(1))
    assert order(questions) == [3, 1, 2, 4, 5]
    questions, _ = run(questions, MoveToTop(5))
    assert order(questions) == [5, 3, 1, 2, 4]
    questions, _ = run(questions, MoveToRank(5, 3))
    assert order(questions) == [3, 1, 5, 2, 4]
    questions, _ = run(questions, MoveToRank(3, 99))
    assert order(questions) == [1, 5, 2, 4, 3]
    questions, _ = run(questions, MoveToRank(3, 0))
    assert order(questions) == [3, 1, 5, 2, 4]
    assert MoveToRank(3, 1).apply(questions, NOW, PANEL) == NO_CHANGE


def test_keys_in_a_view_of_open_questions_jump_over_the_hidden_answered_ones() -> None:
    questions = (
        question(1),
        question(2, status=S.ANSWERED),
        question(3, status=S.DISMISSED),
        question(4),
        question(5, status=S.ANSWERED),
    )

    moved, _ = run(questions, MoveUp(4, among=OPEN))
    assert [q.id for q in queue_order(moved) if q.status in OPEN] == [4, 1]
    moved, _ = run(questions, MoveDown(1, among=OPEN))
    assert [q.id for q in queue_order(moved) if q.status in OPEN] == [4, 1]
    assert MoveUp(1, among=OPEN).apply(questions, NOW, PANEL) == NO_CHANGE
    assert MoveDown(4, among=OPEN).apply(questions, NOW, PANEL) == NO_CHANGE
    moved, _ = run(questions, MoveToRank(1, 2, among=OPEN))
    assert order(moved) == [2, 3, 4, 1, 5]  # right after 4, before the hidden 5


def test_when_repeated_moves_use_up_the_gap_a_window_around_the_spot_is_renumbered() -> None:
    # The co-host keeps dropping the latest question right before question 20: each drop
    # halves the gap between question 19 and the question dropped before. When it is used
    # up, only a window around the spot is spread out again (8 questions on either side,
    # more only if they do not fit), never the whole queue of 200.
    questions = panel(200)
    expected = list(range(1, 201))
    renumbered = 0
    for _ in range(60):
        mover = expected[-1]
        before = {q.id: q.position for q in questions}
        questions, change = run(questions, Move(mover, 20))
        expected.remove(mover)
        expected.insert(expected.index(20), mover)
        assert order(questions) == expected
        assert change.renumbered == (len(change.patches) > 1)
        if change.renumbered:
            renumbered += 1
            patched = [patch.question_id for patch in change.patches]
            assert len(patched) <= 2 * RENUMBER_RADIUS + 1
            # The window is a contiguous run of the new order, with the moved one in it ...
            ranks = sorted(expected.index(i) for i in patched)
            assert ranks == list(range(ranks[0], ranks[-1] + 1))
            assert mover in patched
            # ... spread evenly, well apart, between outer neighbours that kept their place.
            window = [by_id(questions, i).position for i in expected[ranks[0] : ranks[-1] + 1]]
            assert all(b - a >= RENUMBER_STEP for a, b in pairwise(window))
            untouched = [q for q in questions if q.id not in patched]
            assert all(before[q.id] == q.position for q in untouched)
        positions = [q.position for q in queue_order(questions)]
        assert all(b - a >= MIN_GAP / 2 for a, b in pairwise(positions))
    # About every twenty halvings (a window's step is a little under the unit gap it
    # spreads, so the next one comes a halving or so sooner).
    assert renumbered == 3


def test_a_move_computed_on_a_stale_list_lands_where_it_was_meant_on_the_current_one() -> None:
    seen_by_moderator = panel()
    move = Move(4, 2)  # "put 4 before 2", decided on the list the moderator sees
    # Meanwhile a co-host moved 2 to the end and 1 below 3.
    current, _ = run(seen_by_moderator, Move(2, None))
    current, _ = run(current, MoveDown(1))
    assert order(current) == [3, 1, 4, 5, 2]

    current, _ = run(current, move)

    assert order(current) == [3, 1, 5, 4, 2]


def test_a_move_needs_only_the_rows_around_its_landing_spot_unless_it_renumbers() -> None:
    whole = panel(6)
    # A store reads the moved question, its target and the one the target follows.
    rows = (by_id(whole, 2), by_id(whole, 3), by_id(whole, 6))

    change = Move(6, 3).apply(rows, NOW, PANEL)

    assert not change.renumbered
    assert order(apply_change(whole, change)) == [1, 2, 6, 3, 4, 5]


def test_a_renumbering_move_says_so_even_when_it_patches_a_single_row() -> None:
    crowded = (
        question(1, position=1.0),
        question(2, position=1.0000001),
        question(3, position=2.0),
    )

    change = Move(3, 2).apply(crowded, NOW, PANEL)

    assert change.renumbered
    assert change.patches == (QuestionPatch(2, {"position": 3.0}),)
    assert order(apply_change(crowded, change)) == [1, 3, 2]


def test_several_questions_moved_together_land_in_the_order_given_as_one_undo_step() -> None:
    start = panel(8)

    questions, change = run(start, MoveSeveral((6, 2, 7), 4))

    assert order(questions) == [1, 3, 6, 2, 7, 4, 5, 8]
    assert [entry.detail for entry in change.log] == ["6 before 4", "2 before 4", "7 before 4"]
    assert {patch.question_id for patch in change.patches} == {2, 6, 7}
    # One undo takes the whole move back.
    assert change.undo is not None
    undone, _ = run(questions, change.undo)
    assert without_revision(undone) == start
    # To the end, and a block already in place stays put.
    questions, _ = run(start, MoveSeveral((1, 3), None))
    assert order(questions) == [2, 4, 5, 6, 7, 8, 1, 3]
    assert MoveSeveral((2, 3), 4).apply(start, NOW, PANEL) == NO_CHANGE


def test_several_questions_moved_together_need_only_the_rows_around_their_landing_spot() -> None:
    whole = panel(8)
    # A store reads the moved questions, the target and the one the target follows.
    rows = tuple(by_id(whole, i) for i in (2, 3, 4, 7))

    change = MoveSeveral((7, 2), 4).apply(rows, NOW, PANEL)

    assert not change.renumbered
    assert order(apply_change(whole, change)) == [1, 3, 7, 2, 4, 5, 6, 8]


def test_several_questions_dropped_into_a_used_up_gap_renumber_the_queue() -> None:
    crowded = (
        question(1, position=1.0),
        question(2, position=1.0000001),
        question(3, position=2.0),
        question(4, position=3.0),
    )

    change = MoveSeveral((4, 3), 2).apply(crowded, NOW, PANEL)

    assert change.renumbered
    assert order(apply_change(crowded, change)) == [1, 4, 3, 2]


def test_a_move_of_or_before_a_question_that_is_gone_is_refused() -> None:
    questions = panel(3)

    with pytest.raises(QueueError) as gone:
        Move(9, 1).apply(questions, NOW, PANEL)
    assert gone.value.message == "Question 9 is no longer in the queue."
    assert gone.value.context == "queue"
    with pytest.raises(QueueError):
        Move(1, 9).apply(questions, NOW, PANEL)
    with pytest.raises(QueueError):
        MoveUp(9).apply(questions, NOW, PANEL)


def test_a_new_question_goes_after_the_last_and_ties_sort_by_id() -> None:
    assert position_for_new(()) == 1.0
    assert position_for_new(panel(3)) == 4.0
    tied = (question(7, position=1.0), question(3, position=1.0), question(5, position=0.5))
    assert order(tied) == [5, 3, 7]


# --- status -----------------------------------------------------------------------------


def test_putting_a_question_on_air_answers_the_one_that_was_on_air() -> None:
    questions, _ = run(panel(), SetStatus(1, S.ON_AIR), now=at(15, 2))
    assert on_air(questions) == by_id(questions, 1)
    assert by_id(questions, 1).on_air_at == at(15, 2)

    questions, change = run(questions, SetStatus(3, S.ON_AIR), now=at(15, 5))

    first, third = by_id(questions, 1), by_id(questions, 3)
    assert (first.status, first.answered_at, first.answered_in_slot) == (
        S.ANSWERED,
        at(15, 5),
        PANEL,
    )
    assert (third.status, third.on_air_at) == (S.ON_AIR, at(15, 5))
    assert on_air(questions) == third
    assert [entry.detail for entry in change.log] == ["3 on_air", "1 answered"]
    assert {entry.action for entry in change.log} == {"question_status"}


def test_answering_stamps_the_slot_and_re_opening_clears_the_stamps() -> None:
    questions, _ = run(panel(), SetStatus(2, S.ON_AIR), now=at(15, 1))
    questions, _ = run(questions, SetStatus(2, S.ANSWERED), now=at(15, 4))
    answered = by_id(questions, 2)
    assert (answered.answered_at, answered.answered_in_slot) == (at(15, 4), PANEL)
    assert on_air(questions) is None

    questions, _ = run(questions, SetStatus(2, S.QUEUED))

    reopened = by_id(questions, 2)
    assert reopened.status == S.QUEUED
    assert (reopened.on_air_at, reopened.answered_at, reopened.answered_in_slot) == (
        None,
        None,
        None,
    )


ALLOWED = [
    (S.NEW, S.QUEUED), (S.NEW, S.ON_AIR), (S.NEW, S.DISMISSED),
    (S.QUEUED, S.ON_AIR), (S.QUEUED, S.DISMISSED), (S.QUEUED, S.NEW),
    (S.ON_AIR, S.ANSWERED), (S.ON_AIR, S.QUEUED), (S.ON_AIR, S.DISMISSED),
    (S.ANSWERED, S.QUEUED),
    (S.DISMISSED, S.NEW), (S.DISMISSED, S.QUEUED),
]  # fmt: skip
REFUSED = [
    (S.NEW, S.ANSWERED, "Question 1 is not on air; only the question on air can be answered."),
    (S.QUEUED, S.ANSWERED, "Question 1 is not on air; only the question on air can be answered."),
    (S.ON_AIR, S.NEW, "Question 1 is on air; put it back in the queue instead."),
    (S.ANSWERED, S.NEW, "Question 1 has been answered; put it back in the queue first."),
    (S.ANSWERED, S.ON_AIR, "Question 1 has been answered; put it back in the queue first."),
    (S.ANSWERED, S.DISMISSED, "Question 1 has been answered; put it back in the queue first."),
    (S.DISMISSED, S.ON_AIR, "Question 1 is dismissed; restore it to the queue first."),
    (S.DISMISSED, S.ANSWERED, "Question 1 is dismissed; restore it to the queue first."),
]


@pytest.mark.parametrize(("start", "target"), ALLOWED)
def test_allowed_status_changes(start: QuestionStatus, target: QuestionStatus) -> None:
    questions, change = run((question(1, status=start),), SetStatus(1, target))

    assert questions[0].status == target
    assert change.log[0].detail == f"1 {target}"


@pytest.mark.parametrize(("start", "target", "message"), REFUSED)
def test_refused_status_changes_say_what_to_do(
    start: QuestionStatus, target: QuestionStatus, message: str
) -> None:
    with pytest.raises(QueueError) as refused:
        SetStatus(1, target).apply((question(1, status=start),), NOW, PANEL)
    assert refused.value.message == message


def test_setting_the_same_status_again_changes_nothing() -> None:
    assert SetStatus(1, S.QUEUED).apply((question(1, status=S.QUEUED),), NOW, PANEL) == NO_CHANGE


def test_a_merged_question_cannot_be_brought_back_by_a_status_change() -> None:
    merged = question(2, status=S.DISMISSED, merged_into=1)

    with pytest.raises(QueueError) as refused:
        SetStatus(2, S.QUEUED).apply((question(1), merged), NOW, PANEL)
    assert "merged into question 1" in refused.value.message


def test_next_up_is_the_first_queued_question_else_the_first_new_one() -> None:
    questions = (question(1, status=S.ANSWERED), question(2), question(3, status=S.QUEUED))
    assert next_up(questions) == questions[2]
    assert next_up(questions[:2]) == questions[1]
    assert next_up(questions[:1]) is None


# --- votes and edits --------------------------------------------------------------------


def test_votes_add_up_and_never_go_below_zero() -> None:
    questions, change = run(panel(2), Vote(2))
    questions, _ = run(questions, Vote(2, 2))
    assert by_id(questions, 2).votes == 3
    assert change.log[0].action == "question_voted" and change.log[0].detail == "2 +1"

    questions, _ = run(questions, Vote(2, -5))
    assert by_id(questions, 2).votes == 0
    assert Vote(2, -1).apply(questions, NOW, PANEL) == NO_CHANGE


def test_a_vote_for_a_merged_question_counts_for_the_one_it_was_merged_into() -> None:
    questions: tuple[Question, ...] = (
        question(1, votes=3),
        question(2, status=S.DISMISSED, votes=1, merged_into=1),
    )

    questions, _ = run(questions, Vote(2))

    assert (by_id(questions, 1).votes, by_id(questions, 2).votes) == (4, 1)


def test_an_edit_changes_only_the_fields_given_and_cleans_them() -> None:
    questions: tuple[Question, ...] = (
        question(1, "Wie geht das", asked_by="Anna", addressed_to=5, organisation="Kreis"),
    )

    questions, change = run(
        questions, Edit(1, text="  Wie geht das?\x07 ", asked_by=" Anna\n Beck ")
    )

    edited = questions[0]
    assert (edited.text, edited.asked_by, edited.organisation, edited.addressed_to) == (
        "Wie geht das?",
        "Anna Beck",
        "Kreis",
        5,
    )
    assert change.log[0].detail == "1 text,asked_by"

    questions, _ = run(questions, Edit(1, addressed_to=None))
    assert questions[0].addressed_to is None
    assert isinstance(UNCHANGED, Unchanged)
    assert (
        Edit(1, addressed_to=UNCHANGED, asked_by="Anna Beck").apply(questions, NOW, PANEL)
        == NO_CHANGE
    )


def test_an_empty_text_is_refused_like_at_capture() -> None:
    with pytest.raises(QuestionRejected):
        Edit(1, text="   ").apply(panel(1), NOW, PANEL)


def test_an_edit_of_a_question_someone_changed_meanwhile_is_a_conflict_with_their_version() -> None:
    opened = panel(1)
    # The co-host fixes the wording while the moderator's edit dialog is open.
    current, _ = run(opened, Edit(1, text="Wer bezahlt das?", expected_revision=0))
    assert current[0].revision == 1

    with pytest.raises(EditConflict) as conflict:
        Edit(1, text="Wer finanziert das?", expected_revision=0).apply(current, NOW, PANEL)

    assert conflict.value.current == current[0]
    assert isinstance(conflict.value, QueueError)
    # Having seen their version, the moderator saves again on top of it.
    current, _ = run(current, Edit(1, text="Wer finanziert das?", expected_revision=1))
    assert current[0].text == "Wer finanziert das?"
    # The same fix made twice is no conflict: there is nothing to overwrite.
    assert (
        Edit(1, text="Wer finanziert das?", expected_revision=0).apply(current, NOW, PANEL)
        == NO_CHANGE
    )


# --- merging ----------------------------------------------------------------------------


def merge_story() -> tuple[Question, ...]:
    return (
        question(
            1,
            "Wie setzen kleinere Kommunen Open Data um?",
            votes=2,
            asked_by="Bürgermeisterin Kurz",
        ),
        question(
            2,
            "Open Data in kleinen Gemeinden – wie?",
            votes=1,
            asked_by="Ralf Weber",
            status=S.QUEUED,
        ),
        question(
            3, "Wie können kleine Gemeinden Open Data umsetzen?", votes=4, asked_by="Jana Ott"
        ),
        question(4, "Wer finanziert das?"),
    )


def test_merging_keeps_one_wording_adds_the_votes_and_keeps_every_asker() -> None:
    before = merge_story()

    after, change = run(before, Merge(1, (2, 3), text_from=3))

    kept = by_id(after, 1)
    assert (kept.text, kept.votes, kept.status) == (before[2].text, 7, S.NEW)
    for other_id in (2, 3):
        other = by_id(after, other_id)
        assert (other.status, other.merged_into) == (S.DISMISSED, 1)
        assert other.asked_by == by_id(before, other_id).asked_by
    assert askers(kept, after) == ("Bürgermeisterin Kurz", "Ralf Weber", "Jana Ott")
    assert change.log == (
        LogEntry(at=NOW, action="questions_merged", slot_id=PANEL, detail="1 merged 2,3"),
    )


def test_undoing_a_merge_restores_every_question_exactly() -> None:
    before = merge_story()
    merged, change = run(before, Merge(1, (2, 3), text_from=3))
    assert change.undo is not None

    restored, undone = run(merged, change.undo)

    assert without_revision(restored) == without_revision(before)
    assert undone.log[0].action == "queue_undo"
    assert undone.log[0].detail == "questions_merged 1,2,3"
    assert undone.undo is not None
    redone, _ = run(restored, undone.undo)
    assert without_revision(redone) == without_revision(merged)


def test_undoing_a_merge_keeps_the_votes_cast_since() -> None:
    merged, change = run(merge_story(), Merge(1, (2, 3)))
    merged, _ = run(merged, Vote(1, 2))  # a co-host counts two more hands
    assert change.undo is not None

    restored, _ = run(merged, change.undo)

    assert by_id(restored, 1).votes == 2 + 2


def test_questions_merged_into_a_merged_one_follow_it_to_the_kept_one() -> None:
    questions, _ = run(merge_story(), Merge(3, (2,)))
    questions, _ = run(questions, Merge(1, (3,)))

    assert by_id(questions, 2).merged_into == 1
    assert askers(by_id(questions, 1), questions) == (
        "Bürgermeisterin Kurz",
        "Ralf Weber",
        "Jana Ott",
    )


@pytest.mark.parametrize(
    ("questions", "op", "message"),
    [
        (merge_story(), Merge(1, (1, 2)), "A question cannot be merged into itself."),
        (
            (*merge_story()[:3], question(4, status=S.DISMISSED, merged_into=3)),
            Merge(1, (4,)),
            "Question 4 is already merged into question 3.",
        ),
        (
            (*merge_story()[:3], question(4, status=S.ON_AIR)),
            Merge(1, (4,)),
            "Question 4 is on air; mark it answered or merge the others into it.",
        ),
        (
            (*merge_story()[:3], question(4, status=S.ANSWERED)),
            Merge(1, (4,)),
            "Question 4 has been answered; merge the others into it instead.",
        ),
        (
            merge_story(),
            Merge(1, (2,), text_from=4),
            "The wording must come from one of the questions being merged.",
        ),
        (merge_story(), Merge(1, (9,)), "Question 9 is no longer in the queue."),
    ],
)
def test_refused_merges(questions: tuple[Question, ...], op: Merge, message: str) -> None:
    with pytest.raises(QueueError) as refused:
        op.apply(questions, NOW, PANEL)
    assert refused.value.message == message


def test_the_question_on_air_may_absorb_its_duplicates() -> None:
    questions: tuple[Question, ...] = (
        question(1, status=S.ON_AIR, votes=1),
        question(2, votes=2, asked_by="Eva"),
    )

    questions, _ = run(questions, Merge(1, (2,)))

    assert (by_id(questions, 1).status, by_id(questions, 1).votes) == (S.ON_AIR, 3)
    assert askers(by_id(questions, 1), questions) == ("Eva",)


def test_an_unmerged_question_comes_back_new_with_its_votes() -> None:
    merged, _ = run(merge_story(), Merge(1, (3,)))

    split, change = run(merged, Unmerge(3))

    assert (by_id(split, 3).status, by_id(split, 3).merged_into) == (S.NEW, None)
    assert by_id(split, 1).votes == 2
    assert by_id(split, 1).text == merge_story()[0].text
    assert change.log[0].detail == "3 from 1"
    with pytest.raises(QueueError):
        Unmerge(3).apply(split, NOW, PANEL)


def test_askers_are_listed_once_in_the_order_they_asked() -> None:
    questions = (
        question(1, asked_by=""),
        question(3, asked_by="Jana  Ott", status=S.DISMISSED, merged_into=1),
        question(2, asked_by="jana ott", status=S.DISMISSED, merged_into=1),
        question(4, asked_by="Ralf", status=S.DISMISSED, merged_into=1),
    )

    assert askers(questions[0], questions) == ("jana ott", "Ralf")


# --- undo and redo ----------------------------------------------------------------------


def test_undo_and_redo_walk_back_and_forth_through_a_sequence_of_actions() -> None:
    stack = UndoStack()
    states = [merge_story()]

    def persist(op: QueueOp) -> QueueChange:
        current, change = run(states[-1], op)
        states.append(current)
        return change

    assert not stack.can_undo and stack.undo_op() is None
    for op in (Move(4, 1), Vote(3), SetStatus(4, S.ON_AIR), Merge(1, (2, 3), text_from=3)):
        stack.push(persist(op))
    after_all = states[-1]
    assert stack.undo_action == "questions_merged"

    for _ in range(4):
        undo = stack.undo_op()
        assert undo is not None
        stack.record_undone(persist(undo))
    assert without_revision(states[-1]) == without_revision(states[0])
    assert not stack.can_undo and stack.can_redo
    assert stack.redo_action == "question_moved"

    for _ in range(4):
        redo = stack.redo_op()
        assert redo is not None
        stack.record_redone(persist(redo))
    assert without_revision(states[-1]) == without_revision(after_all)
    assert stack.can_undo and not stack.can_redo

    undo = stack.undo_op()
    assert undo is not None
    stack.record_undone(persist(undo))
    stack.push(persist(Vote(1)))  # a new action forgets what could be redone
    assert not stack.can_redo


def test_an_action_that_changed_nothing_is_not_an_undo_step() -> None:
    stack = UndoStack()
    stack.push(NO_CHANGE)
    assert not stack.can_undo


def test_the_undo_stack_keeps_the_last_two_hundred_steps() -> None:
    stack = UndoStack()
    questions = panel(1)
    for _ in range(250):
        questions, change = run(questions, Vote(1))
        stack.push(change)

    steps = 0
    while (undo := stack.undo_op()) is not None:
        questions, change = run(questions, undo)
        stack.record_undone(change)
        steps += 1

    assert steps == 200
    assert questions[0].votes == 50


def test_undo_skips_questions_that_are_gone_and_keeps_the_rest() -> None:
    questions, change = run(merge_story(), Merge(1, (2, 3)))
    assert change.undo is not None
    without_three = tuple(q for q in questions if q.id != 3)

    restored, _ = run(without_three, change.undo)

    assert (by_id(restored, 2).status, by_id(restored, 2).merged_into) == (S.QUEUED, None)
    # The kept question gives back exactly what the merge added (2's and 3's votes).
    assert by_id(restored, 1).votes == 2


def test_a_restore_of_values_already_there_changes_nothing() -> None:
    questions = panel(2)
    assert Restore((QuestionPatch(1, {"votes": 0}),)).apply(questions, NOW, PANEL) == NO_CHANGE


def test_a_patch_is_a_frozen_value_of_known_fields() -> None:
    changes = {"votes": 3}
    patch = QuestionPatch(1, changes)
    changes["votes"] = 4

    assert patch.changes == {"votes": 3}
    assert hash(patch) == hash(QuestionPatch(1, {"votes": 3}))
    with pytest.raises(TypeError):
        patch.changes["votes"] = 5  # type: ignore[index]
    with pytest.raises(ValueError):
        QuestionPatch(1, {"revision": 3})


# --- the property: undo takes everything back -------------------------------------------

QUESTION_IDS = st.integers(min_value=1, max_value=7)  # 7 may be missing: a gone question


@st.composite
def queues(draw: st.DrawFn) -> tuple[Question, ...]:
    count = draw(st.integers(min_value=2, max_value=6))
    on_air_id = draw(st.one_of(st.none(), st.integers(min_value=1, max_value=count)))
    result = []
    for question_id in range(1, count + 1):
        status = (
            S.ON_AIR
            if question_id == on_air_id
            else draw(st.sampled_from([S.NEW, S.QUEUED, S.ANSWERED, S.DISMISSED]))
        )
        result.append(
            question(
                question_id,
                position=draw(st.sampled_from([0.5, 1.0, 1.0000001, 2.0, 3.0, 10.0])),
                status=status,
                votes=draw(st.integers(min_value=0, max_value=3)),
                asked_by=draw(st.sampled_from(["", "Anna", "Ben"])),
                on_air_at=at(15, 0) if status in (S.ON_AIR, S.ANSWERED) else None,
                answered_at=at(15, 3) if status == S.ANSWERED else None,
            )
        )
    return tuple(result)


OPS: st.SearchStrategy[QueueOp] = st.one_of(
    st.builds(Move, QUESTION_IDS, st.one_of(st.none(), QUESTION_IDS)),
    st.builds(MoveToRank, QUESTION_IDS, st.integers(min_value=0, max_value=8)),
    st.builds(MoveUp, QUESTION_IDS, st.sampled_from([None, OPEN])),
    st.builds(MoveDown, QUESTION_IDS, st.sampled_from([None, OPEN])),
    st.builds(MoveToTop, QUESTION_IDS),
    st.builds(SetStatus, QUESTION_IDS, st.sampled_from(list(S))),
    st.builds(Vote, QUESTION_IDS, st.integers(min_value=-3, max_value=3)),
    st.builds(
        Edit,
        QUESTION_IDS,
        text=st.sampled_from([None, "Wer zahlt?", " ", "Wie geht das?"]),
        asked_by=st.sampled_from([None, "", "Cem"]),
        addressed_to=st.sampled_from([UNCHANGED, None, 2]),
    ),
    st.builds(
        Merge,
        QUESTION_IDS,
        st.lists(QUESTION_IDS, min_size=1, max_size=3).map(tuple),
        st.one_of(st.none(), QUESTION_IDS),
    ),
    st.builds(Unmerge, QUESTION_IDS),
)


@settings(max_examples=300, deadline=None)
@given(start=queues(), ops=st.lists(OPS, max_size=25))
def test_undoing_any_sequence_of_actions_in_reverse_restores_the_queue(
    start: tuple[Question, ...], ops: list[QueueOp]
) -> None:
    questions = start
    stack = UndoStack()
    for step, op in enumerate(ops):
        try:
            questions, change = run(questions, op, now=NOW + timedelta(seconds=step))
        except (QueueError, QuestionRejected):
            continue  # refused: nothing stored
        assert len(set(change.question_ids)) == len(change.patches)
        assert sum(q.status == S.ON_AIR for q in questions) <= 1
        stack.push(change)
    after = questions

    while (undo := stack.undo_op()) is not None:
        questions, change = run(questions, undo)
        stack.record_undone(change)
    assert without_revision(questions) == without_revision(start)

    while (redo := stack.redo_op()) is not None:
        questions, change = run(questions, redo)
        stack.record_redone(change)
    assert without_revision(questions) == without_revision(after)


# --- likely duplicates ------------------------------------------------------------------

SAME = [
    (
        "Wie können kleine Gemeinden Open Data umsetzen?",
        "Wie setzen kleinere Kommunen Open Data um?",
    ),
    (
        "Gibt es Förderprogramme für die Digitalisierung in Landkreisen?",
        "Welche Fördermittel gibt es für die Digitalisierung der Landkreise?",
    ),
    (
        "Wie bindet man Bürgerinnen und Bürger in Entscheidungen ein?",
        "Wie kann man die Bürger an Entscheidungen beteiligen?",
    ),
    (
        "Frage an Frau Groh: Was macht die Open Knowledge Foundation?",
        "Was genau macht die Open Knowledge Foundation?",
    ),
    ("Wie wird Open Data finanziert?", "Wer bezahlt Open Data in kleinen Gemeinden?"),
    ("Wer finanziert das?", "Wie finanzieren Kommunen das?"),  # short: a "maybe", still shown
]
DIFFERENT = [
    ("Wie können kleine Gemeinden Open Data umsetzen?", "Wie schützen wir personenbezogene Daten?"),
    (
        "Wie können kleine Gemeinden Open Data umsetzen?",
        "Welche Rolle spielt die OECD bei Open Government?",
    ),
    (
        "Wie geht die Verwaltung mit Datenschutz um?",
        "Wie können kleine Gemeinden Open Data umsetzen?",
    ),
    (
        "Wie lange dauert die Einführung eines Open-Data-Portals?",
        "Wie können kleine Gemeinden Open Data umsetzen?",
    ),
    (
        "Wie motiviert man Mitarbeitende in der Verwaltung?",
        "Wie nimmt man die Beschäftigten im Amt mit?",
    ),
    ("Wie schützen wir personenbezogene Daten?", "Welche Daten sollten veröffentlicht werden?"),
    (
        "Gibt es eine Plattform für den Austausch zwischen Kommunen?",
        "Wie können Kommunen voneinander lernen?",
    ),
]


@pytest.mark.parametrize(("asked", "earlier"), SAME)
def test_two_wordings_of_one_question_are_flagged(asked: str, earlier: str) -> None:
    found = likely_duplicates(
        asked, (question(1, "Was ist ein Transparenzgesetz?"), question(2, earlier))
    )

    assert [question_id for question_id, _ in found] == [2]
    assert 0 < found[0][1] <= 1


@pytest.mark.parametrize(("asked", "earlier"), DIFFERENT)
def test_different_questions_on_the_same_topic_are_not_flagged(asked: str, earlier: str) -> None:
    assert likely_duplicates(asked, (question(2, earlier),)) == ()


def test_words_are_folded_before_they_are_compared() -> None:
    assert normalise_words("Wie können KLEINE Gemeinden Open-Data umsetzen?") == (
        "kleine",
        "gemeinden",
        "open",
        "data",
        "umsetzen",
    )
    assert normalise_words("Straße, Café, Öffentlichkeit") == ("strasse", "cafe", "oeffentlichkeit")
    assert normalise_words("Wer? Wie? Was?") == ()
    # A decomposed umlaut (as some clipboards deliver it) folds like a composed one.
    assert normalise_words("Bu\u0308rger") == normalise_words("Bürger") == ("buerger",)
    assert similarity("Wer? Wie?", "Wer? Wie?") == 0.0


def test_duplicates_are_best_first_and_leave_out_dismissed_questions() -> None:
    asked = "Wie können kleine Gemeinden Open Data umsetzen?"
    questions = (
        question(1, "Wie setzen kleinere Kommunen Open Data um?", status=S.DISMISSED),
        question(2, "Open Data in kleinen Gemeinden: wie umsetzen?", status=S.ANSWERED),
        question(3, "Wie können kleine Gemeinden Open Data umsetzen?"),
        question(4, "Wer finanziert das?"),
    )

    index = DuplicateIndex(questions)
    found = index.query(asked)

    assert len(index) == 3
    assert [question_id for question_id, _ in found] == [3, 2]
    assert found[0][1] == 1.0
    assert [question_id for question_id, _ in index.query(asked, exclude_id=3)] == [2]


def test_a_duplicate_check_against_ten_thousand_questions_runs() -> None:
    subjects = ["kleine Gemeinden", "der Landkreis", "die Verwaltung", "der Bund", "Städte"]
    objects = ["Open Data", "Transparenz", "Bürgerbeteiligung", "Datenschutz", "Register"]
    verbs = ["umsetzen", "finanzieren", "veröffentlichen", "fördern", "bewerten"]
    extras = ["im ländlichen Raum", "ohne Budget", "bis 2025", "in Hessen", "gemeinsam"]
    questions = tuple(
        question(
            i,
            f"Wie können {subjects[i % 5]} {objects[i // 5 % 5]} {extras[i // 25 % 5]} "
            f"{verbs[i // 125 % 5]}? (Nr. {i})",
        )
        for i in range(1, 10_001)
    )
    index = DuplicateIndex(questions)

    started = time.perf_counter()
    found = index.query("Wie setzen kleinere Kommunen Open Data um?", limit=5)
    elapsed = time.perf_counter() - started

    print(f"one duplicate query against {len(index)} questions: {elapsed * 1000:.1f} ms")
    assert len(found) == 5
    assert all(score >= 0.45 for _, score in found)


# --- how many more questions fit --------------------------------------------------------


def reading(kind: SlotKind, remaining: timedelta, phase: Phase = Phase.NORMAL) -> ClockReading:
    """What the clock shows in a 30-minute slot of this kind with ``remaining`` left."""
    slot = Slot("Moderiertes Gespräch", at(15, 0), timedelta(minutes=30), kind, id=PANEL)
    return ClockReading(
        phase=phase,
        paused=False,
        slot=slot,
        slot_index=5,
        remaining=remaining,
        elapsed=slot.duration - remaining,
        allotted=slot.duration,
        progress=0.5,
        drift=timedelta(0),
        projected_starts=(),
        projected_end=at(15, 30),
        now=NOW,
    )


def answered(question_id: int, on_air_at: datetime, minutes: float) -> Question:
    return question(
        question_id,
        status=S.ANSWERED,
        on_air_at=on_air_at,
        answered_at=on_air_at + timedelta(minutes=minutes),
    )


def test_before_any_answer_the_default_answer_time_divides_the_time_left() -> None:
    assert questions_that_fit(reading(SlotKind.PANEL, timedelta(minutes=12)), panel()) == 4
    assert (
        questions_that_fit(
            reading(SlotKind.QA, timedelta(minutes=4)), panel(), timedelta(minutes=1)
        )
        == 4
    )


def test_the_answers_so_far_set_the_pace() -> None:
    history = (
        answered(1, at(15, 0), 3),
        answered(2, at(15, 3), 5),
        question(3, status=S.ANSWERED, answered_at=at(15, 9)),  # never stamped on air: ignored
        question(4),
    )

    assert questions_that_fit(reading(SlotKind.PANEL, timedelta(minutes=12)), history) == 3


def test_the_question_on_air_uses_up_its_share_first() -> None:
    history = (
        answered(1, at(15, 0), 4),
        question(2, status=S.ON_AIR, on_air_at=NOW - timedelta(minutes=1)),
    )

    # 9 minutes left, 3 of them for the answer on air: room for one more after it.
    assert questions_that_fit(reading(SlotKind.PANEL, timedelta(minutes=9)), history) == 1


def test_outside_a_panel_or_in_overtime_there_is_no_room_to_count() -> None:
    assert questions_that_fit(reading(SlotKind.TALK, timedelta(minutes=12)), panel()) is None
    assert (
        questions_that_fit(
            reading(SlotKind.PANEL, timedelta(minutes=12), Phase.BEFORE_SHOW), panel()
        )
        is None
    )
    assert (
        questions_that_fit(reading(SlotKind.PANEL, -timedelta(minutes=1), Phase.OVERTIME), panel())
        == 0
    )
    ended = replace(reading(SlotKind.PANEL, timedelta(0), Phase.ENDED), slot=None)
    assert questions_that_fit(ended, panel()) is None


def test_every_queue_action_name_is_a_plain_log_string() -> None:
    assert {action.value for action in QueueAction} >= {
        "question_moved",
        "question_status",
        "question_voted",
        "question_edited",
        "questions_merged",
        "queue_undo",
    }
    assert [f.name for f in fields(QueueChange)] == ["patches", "undo", "log", "renumbered"]


def test_an_edit_based_on_an_older_version_conflicts_only_on_the_edited_fields() -> None:
    opened = panel(1)
    # A co-host votes and changes the asker while the moderator edits the wording.
    current, _ = run(opened, Vote(1))
    current, _ = run(current, Edit(1, asked_by="Anna Beck"))
    changed, _ = run(current, Edit(1, text="Wer finanziert das?", based_on=opened[0]))
    assert changed[0].text == "Wer finanziert das?" and changed[0].votes == 1

    # Now the co-host changes the wording too: the moderator's edit from the old version
    # is refused with the co-host's version, nothing overwritten.
    theirs, _ = run(changed, Edit(1, text="Wer zahlt das am Ende?"))
    with pytest.raises(EditConflict) as conflict:
        Edit(1, text="Wer bezahlt das?", based_on=changed[0]).apply(theirs, NOW, PANEL)
    assert conflict.value.current.text == "Wer zahlt das am Ende?"
    # Typing what the co-host typed is no conflict.
    assert Edit(1, text="Wer zahlt das am Ende?", based_on=changed[0]).apply(theirs, NOW, PANEL) == NO_CHANGE

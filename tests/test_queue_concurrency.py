"""The moderator reorders the queue while a chat bot keeps appending questions to it.

A second process runs the command line's ``ask`` 500 times (in one interpreter: 500
interpreters would take minutes on a small machine), while this process applies the
operations the cockpit's keys send (``EventStore.change_queue``, as :class:`EventSession`
does): it moves questions to the top, to a rank, votes and changes their statuses, a few
hundred operations interleaved with the appends.

What must hold at the end: every question is there exactly once, positions are distinct,
each question has the status and votes it was last given, the bot exited cleanly, and no
reorder was lost: the order in the file is the order this process meant, with the bot's
questions after it in the order they arrived. The intended order is followed step by step
(an operation is an intent: "X to the top", "X to rank 4"), and after every operation the
file is checked against it, so a lost or misplaced move is caught where it happened.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from moderator.domain.model import Question, QuestionStatus
from moderator.domain.queue import QueueOp
from moderator.domain.queue_ops import TRANSITIONS, Move, MoveToRank, SetStatus, Vote
from moderator.persistence import EventStore

from helpers import make_event_file

BERLIN = ZoneInfo("Europe/Berlin")
S = QuestionStatus
BOT_QUESTIONS = 500
INITIAL_QUESTIONS = 24
MIN_OPERATIONS = 300
MAX_OPERATIONS = 1500

# The chat bot: the command line's ``ask`` code path, 500 times in one interpreter. Any
# exit status other than 0 stops it and becomes its own.
BOT = """
import sys
from moderator.cli import main
path, count = sys.argv[1], int(sys.argv[2])
for index in range(count):
    status = main(["ask", path, f"Frage {index} aus dem Chat", "--by", "Bot", "--source", "chat"])
    if status != 0:
        sys.exit(status)
"""


def bot_text(index: int) -> str:
    return f"Frage {index} aus dem Chat"


def initial_text(index: int) -> str:
    return f"Vorab eingereichte Frage {index}: Wie geht Open Government in der Gemeinde?"


@pytest.fixture
def event_file(tmp_path: Path) -> Path:
    """A seed-like event with questions submitted before the show (all new)."""
    path = make_event_file(tmp_path)
    store = EventStore.open(path)
    start = datetime(2021, 6, 9, 13, 0, tzinfo=BERLIN)
    store.add_questions(
        [Question(text=initial_text(i), created_at=start, asked_by=f"Gast {i}") for i in range(INITIAL_QUESTIONS)],
        now=start,
    )
    store.close()
    return path


def start_bot(path: Path, folder: Path) -> subprocess.Popen[str]:
    # The command line logs internal errors under XDG_DATA_HOME: keep them in the test's folder.
    env = {**os.environ, "XDG_DATA_HOME": str(folder / "data"), "XDG_CONFIG_HOME": str(folder / "config")}
    return subprocess.Popen(
        [sys.executable, "-c", BOT, str(path), str(BOT_QUESTIONS)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


class Intent:
    """What this process meant the queue to be: the order, the statuses, the votes.

    Questions this process has not seen yet (the bot's newest) are not in ``order``; they
    join at the end, in the order they arrived (by id), when :meth:`catch_up` sees them.
    """

    def __init__(self, questions: tuple[Question, ...]) -> None:
        self.order: list[int] = []
        self.status: dict[int, QuestionStatus] = {}
        self.votes: dict[int, int] = {}
        self.catch_up(questions)

    def catch_up(self, questions: tuple[Question, ...]) -> None:
        known = set(self.order)
        for question in sorted(questions, key=lambda q: q.id or 0):
            assert question.id is not None
            if question.id not in known:
                self.order.append(question.id)
                self.status[question.id] = question.status
                self.votes[question.id] = question.votes

    def to_top(self, question_id: int) -> None:
        self.order.remove(question_id)
        self.order.insert(0, question_id)

    def to_rank(self, question_id: int, rank: int) -> None:
        self.order.remove(question_id)
        self.order.insert(min(rank - 1, len(self.order)), question_id)

    def set_status(self, question_id: int, status: QuestionStatus) -> None:
        if status is S.ON_AIR:
            for other, current in self.status.items():
                if current is S.ON_AIR and other != question_id:
                    self.status[other] = S.ANSWERED  # only one question is on air
        self.status[question_id] = status

    def check(self, questions: tuple[Question, ...], step: str) -> None:
        """The file (in queue order) holds what was meant; newer bot questions come after."""
        stored = [q.id for q in questions]
        assert stored[: len(self.order)] == self.order, step
        assert sorted(stored[len(self.order) :]) == stored[len(self.order) :], step
        for question in questions:
            assert question.id is not None
            if question.id in self.status:
                assert question.status is self.status[question.id], (step, question.id)
                assert question.votes == self.votes[question.id], (step, question.id)


def test_reordering_while_a_bot_appends_500_questions_loses_nothing(tmp_path: Path, event_file: Path) -> None:
    store = EventStore.open(event_file)
    now = datetime(2021, 6, 9, 15, 0, tzinfo=BERLIN)
    rng = random.Random(20210609)
    current = store.questions()
    intent = Intent(current)
    moved_to_top: list[int] = []
    moved: set[int] = set()
    operations = 0
    operations_while_bot_ran = 0
    interleaved = False

    def apply(op: QueueOp) -> tuple[Question, ...]:
        """Store one operation (a refusal raises and fails the test) and read the queue back."""
        store.change_queue(op, now=now, slot_id=None)
        return store.questions()

    bot = start_bot(event_file, tmp_path)
    try:
        while operations < MAX_OPERATIONS and (bot.poll() is None or operations < MIN_OPERATIONS):
            running = bot.poll() is None
            intent.catch_up(current)
            bot_seen = sum(1 for q in current if q.asked_by == "Bot")
            interleaved = interleaved or (running and 0 < bot_seen < BOT_QUESTIONS)
            target = rng.choice(current).id
            assert target is not None
            now += timedelta(seconds=1)
            kind = rng.choices(("top", "rank", "status", "vote"), weights=(35, 25, 30, 10))[0]
            if kind == "top":
                # What T does in the cockpit: "move X before the one on top now".
                current = apply(Move(target, current[0].id))
                intent.to_top(target)
                moved_to_top.append(target)
                moved.add(target)
                step = f"{operations}: {target} to the top"
            elif kind == "rank":
                # What ``moderator control FILE move ID POSITION`` does.
                rank = rng.randint(1, INITIAL_QUESTIONS)
                current = apply(MoveToRank(target, rank))
                intent.to_rank(target, rank)
                moved_to_top = [i for i in moved_to_top if i != target]
                moved.add(target)
                step = f"{operations}: {target} to rank {rank}"
            elif kind == "status":
                status = rng.choice(sorted(TRANSITIONS[intent.status[target]]))
                current = apply(SetStatus(target, status))
                intent.set_status(target, status)
                step = f"{operations}: {target} {status}"
            else:
                current = apply(Vote(target))
                intent.votes[target] += 1
                step = f"{operations}: {target} +1"
            # Right after the operation the file holds what was meant (new bot questions
            # may have come in meanwhile, at the end).
            intent.catch_up(current)
            intent.check(current, step)
            operations += 1
            operations_while_bot_ran += running
        out, err = bot.communicate(timeout=300)
    finally:
        if bot.poll() is None:
            bot.kill()
            bot.communicate()

    # The bot finished cleanly, and each of its questions got an id of its own.
    assert bot.returncode == 0, err
    assert err == ""
    bot_ids = [int(line) for line in out.split()]
    assert len(bot_ids) == len(set(bot_ids)) == BOT_QUESTIONS
    # The two really ran at the same time.
    assert interleaved, "the bot finished before this process saw any of its questions"
    assert operations_while_bot_ran >= 50, operations_while_bot_ran

    # Every question once, at a place of its own.
    store.close()
    final = EventStore.open(event_file)
    questions = final.questions()
    final.close()
    assert len(questions) == INITIAL_QUESTIONS + BOT_QUESTIONS
    assert sorted(q.text for q in questions) == sorted(
        [initial_text(i) for i in range(INITIAL_QUESTIONS)] + [bot_text(i) for i in range(BOT_QUESTIONS)]
    )
    assert len({q.position for q in questions}) == len(questions)
    assert {q.id for q in questions if q.asked_by == "Bot"} == set(bot_ids)
    # The bot's questions that were never moved are in the order it sent them.
    untouched = [q.text for q in questions if q.asked_by == "Bot" and q.id not in moved]
    assert untouched == sorted(untouched, key=lambda text: int(text.split()[1]))

    # No reorder lost: the whole order, statuses and votes are as meant...
    intent.catch_up(questions)
    intent.check(questions, "at the end")
    assert [q.id for q in questions] == intent.order
    # ...which, said plainly: the questions moved to the top (and not moved to a rank
    # since) stand in the reverse order of their last move to the top, the latest first.
    latest_first = list(dict.fromkeys(reversed(moved_to_top)))
    final_order = [q.id for q in questions]
    assert sorted(latest_first, key=final_order.index) == latest_first
    assert len(latest_first) >= 20

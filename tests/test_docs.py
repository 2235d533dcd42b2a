"""Every ```python block of README.md and docs/*.md runs, so the examples cannot drift.

The blocks of one file run in order in one namespace (a later block may use an earlier
one's names), in a scratch folder that links the repository's `corpus/`, `patterns/` and
`pipeline/`. A block right after a `<!-- skip-test -->` line (e.g. one that needs a model
package) is not run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOC_FILES = sorted([ROOT / "README.md", *(ROOT / "docs").glob("*.md")])
SKIP_MARK = "<!-- skip-test -->"
FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>```+|~~~+)[ \t]*(?P<info>[^\n`]*)$")


@dataclass(frozen=True)
class Block:
    line: int  # 1-based line of the opening fence
    info: str
    code: str
    skipped: bool


def fenced_blocks(markdown: str) -> list[Block]:
    """Fenced code blocks, with their info string and whether a skip mark precedes them."""
    lines = markdown.splitlines()
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if m is None:
            i += 1
            continue
        fence, indent = m.group("fence"), len(m.group("indent"))
        before = [s.strip() for s in lines[:i] if s.strip()]
        body: list[str] = []
        j = i + 1
        while j < len(lines) and not (
            lines[j].strip().startswith(fence) and set(lines[j].strip()) == {fence[0]}
        ):
            body.append(lines[j][indent:] if lines[j][:indent].strip() == "" else lines[j])
            j += 1
        info = m.group("info").strip().split()
        skipped = bool(before) and before[-1] == SKIP_MARK
        blocks.append(Block(i + 1, info[0] if info else "", "\n".join(body) + "\n", skipped))
        i = j + 1
    return blocks


def python_blocks(path: Path) -> list[Block]:
    return [
        b for b in fenced_blocks(path.read_text(encoding="utf-8")) if b.info in ("python", "py")
    ]


def test_fence_parser() -> None:
    text = "\n".join(
        [
            "intro",
            "```python",
            "x = 1",
            "```",
            SKIP_MARK,
            "",
            "```python",
            "raise SystemExit",
            "```",
            "```bash",
            "echo hi",
            "```",
            "  ```py",
            "  y = 2",
            "  ```",
        ]
    )
    blocks = fenced_blocks(text)
    assert [(b.line, b.info, b.skipped) for b in blocks] == [
        (2, "python", False),
        (7, "python", True),
        (10, "bash", False),
        (13, "py", False),
    ]
    assert blocks[0].code == "x = 1\n" and blocks[3].code == "y = 2\n"


def test_docs_have_examples() -> None:
    for name in ("library.md", "spacy.md"):
        runnable = [b for b in python_blocks(ROOT / "docs" / name) if not b.skipped]
        assert runnable, f"docs/{name} has no runnable python example"


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("corpus", "patterns", "pipeline"):
        (tmp_path / name).symlink_to(ROOT / name, target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("path", DOC_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_examples_run(path: Path, scratch: Path) -> None:
    blocks = [b for b in python_blocks(path) if not b.skipped]
    if not blocks:
        pytest.skip(f"{path.name} has no python examples")
    namespace: dict[str, object] = {"__name__": f"docs_{path.stem}"}
    for block in blocks:
        where = f"{path.relative_to(ROOT)}:{block.line}"
        code = compile(block.code, where, "exec", dont_inherit=True)  # not this file's futures
        try:
            exec(code, namespace)
        except Exception as exc:  # name the block that broke
            raise AssertionError(f"example at {where} failed: {exc!r}") from exc

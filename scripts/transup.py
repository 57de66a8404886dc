"""Refresh the translation sources ``i18n/alsa_<lang>.ts``, or build the ``.qm`` files from them.

    python scripts/transup.py              # make transup: add new strings, mark gone ones vanished
    python scripts/transup.py --check      # exit 1 when a .ts misses a string of the code (tests use it)
    python scripts/transup.py --release D  # lrelease every .ts into D/alsa_<lang>.qm (make package)

Strings are collected without running the code (``ast``): the literal first argument of
``tr(...)``, ``self.tr(...)`` and ``tr_noop(...)`` in the plugin's Python files — one context,
``alsa`` (``alsa_plugin/core/i18n.py``) — and every ``<string>`` of the Qt Designer forms in
``ui/`` (context: the form's class, as ``uic`` asks for it). ``tr(f"…")`` is refused: the
template must be a literal, filled with ``.format`` after translation.
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "i18n"
SOURCES = ("__init__.py", "alsa_plugin", "processing_provider")
FORMS = ROOT / "ui"
CONTEXT = "alsa"  # alsa_plugin.core.i18n.CONTEXT (not imported: this script runs without the plugin)
LANGUAGES = {"zh": "zh_CN", "ja": "ja_JP"}
TR_NAMES = ("tr", "tr_noop")


@dataclass
class Message:
    context: str
    source: str
    files: list[str] = field(default_factory=list)
    translation: str = ""
    kind: str = "unfinished"  # "" = finished, "unfinished", "vanished"


def python_files() -> list[Path]:
    files = []
    for name in SOURCES:
        path = ROOT / name
        files += [path] if path.is_file() else sorted(p for p in path.rglob("*.py") if "__pycache__" not in p.parts)
    return files


def _is_tr(call: ast.Call) -> bool:
    f = call.func
    return (isinstance(f, ast.Name) and f.id in TR_NAMES) or (isinstance(f, ast.Attribute) and f.attr == "tr")


def python_strings(path: Path) -> list[tuple[str, int]]:
    """(text, line) of every literal given to tr/tr_noop in ``path``; SystemExit on ``tr(f"…")``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _is_tr(node) and node.args:
            arg = node.args[0]
            if isinstance(arg, ast.JoinedStr):
                raise SystemExit(f"{path}:{node.lineno}: tr(f'…'): translate a literal template, then .format() it")
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value.strip():
                out.append((arg.value, node.lineno))
    return sorted(out, key=lambda t: t[1])


def form_strings(path: Path) -> tuple[str, list[str]]:
    """The form's class (uic's translation context) and its translatable strings."""
    root = ET.parse(path).getroot()
    context = root.findtext("class") or path.stem
    texts = [
        s.text
        for s in root.iter("string")
        if s.text and s.text.strip() and s.get("notr") != "true" and any(c.isalpha() for c in s.text)
    ]
    return context, texts


def collect() -> dict[tuple[str, str], Message]:
    """Every translatable string of the plugin, keyed by (context, source), in source order."""
    found: dict[tuple[str, str], Message] = {}

    def add(context: str, text: str, where: str) -> None:
        msg = found.setdefault((context, text), Message(context, text))
        if where not in msg.files:
            msg.files.append(where)

    for path in python_files():
        for text, _line in python_strings(path):
            add(CONTEXT, text, path.relative_to(ROOT).as_posix())
    for form in sorted(FORMS.glob("*.ui")):
        context, texts = form_strings(form)
        for text in texts:
            add(context, text, form.relative_to(ROOT).as_posix())
    return found


def read_ts(path: Path) -> dict[tuple[str, str], Message]:
    """The messages of a .ts file with their translations."""
    out: dict[tuple[str, str], Message] = {}
    if not path.exists():
        return out
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr_el = m.find("translation")
            msg = Message(name, m.findtext("source") or "")
            msg.files = [loc.get("filename", "").removeprefix("../") for loc in m.iter("location")]
            msg.translation = (tr_el.text or "") if tr_el is not None else ""
            msg.kind = tr_el.get("type", "") if tr_el is not None else "unfinished"
            out[(name, msg.source)] = msg
    return out


def merge(code: dict, old: dict) -> dict[tuple[str, str], Message]:
    """The code's strings with the translations ``old`` has for them; strings gone from the code vanish."""
    merged = {}
    for key, msg in code.items():
        prev = old.get(key)
        new = Message(msg.context, msg.source, list(msg.files))
        if prev is not None and prev.translation:
            new.translation = prev.translation
            new.kind = "unfinished" if prev.kind == "unfinished" else ""
        merged[key] = new
    for key, prev in old.items():
        if key not in code and prev.translation:
            prev.kind = "vanished"
            merged[key] = prev
    return merged


def write_ts(path: Path, language: str, messages: dict[tuple[str, str], Message]) -> None:
    root = ET.Element("TS", version="2.1", language=language)
    contexts: dict[str, ET.Element] = {}
    for msg in messages.values():
        if msg.context not in contexts:
            ctx = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = msg.context
            contexts[msg.context] = ctx
        m = ET.SubElement(contexts[msg.context], "message")
        for f in msg.files:
            ET.SubElement(m, "location", filename=f"../{f}")
        ET.SubElement(m, "source").text = msg.source
        t = ET.SubElement(m, "translation")
        if msg.kind:
            t.set("type", msg.kind)
        t.text = msg.translation
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def lrelease() -> str:
    """Qt's lrelease (Debian: qttools5-dev-tools, installed by make setup)."""
    for candidate in ("/usr/lib/qt5/bin/lrelease", "lrelease-qt5", "lrelease", "/usr/lib/qt6/bin/lrelease"):
        found = shutil.which(candidate)
        if found:
            return found
    raise SystemExit("lrelease not found: install Debian's qttools5-dev-tools (make setup does)")


def release(out_dir: Path, sources: Path = I18N) -> list[Path]:
    """Compile every ``alsa_*.ts`` of ``sources`` into ``out_dir``; returns the .qm files."""
    out_dir.mkdir(parents=True, exist_ok=True)
    tool, built = lrelease(), []
    for ts in sorted(sources.glob("alsa_*.ts")):
        qm = out_dir / (ts.stem + ".qm")
        env = dict(os.environ, QT_SELECT="qt5")
        subprocess.run([tool, "-silent", "-nounfinished", str(ts), "-qm", str(qm)], check=True, env=env)
        built.append(qm)
    return built


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail when a .ts file lacks a string of the code")
    ap.add_argument("--release", metavar="DIR", type=Path, help="build the .qm files into DIR")
    args = ap.parse_args(argv)
    if args.release:
        for qm in release(args.release):
            print(qm)
        return 0
    code = collect()
    status = 0
    for lang, language in LANGUAGES.items():
        path = I18N / f"alsa_{lang}.ts"
        old = read_ts(path)
        merged = merge(code, old)
        live = [m for m in merged.values() if m.kind != "vanished"]
        todo = sum(1 for m in live if m.kind == "unfinished" or not m.translation)
        missing = [k for k in code if k not in old]
        if args.check:
            if missing:
                print(f"{path.name}: {len(missing)} strings of the code are missing; run make transup", file=sys.stderr)
                status = 1
            continue
        I18N.mkdir(exist_ok=True)
        write_ts(path, language, merged)
        print(f"{path.relative_to(ROOT)}: {len(live)} strings, {todo} to translate, {len(merged) - len(live)} vanished")
    return status


if __name__ == "__main__":
    sys.exit(main())

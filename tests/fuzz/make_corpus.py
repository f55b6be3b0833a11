#!/usr/bin/env python3
# fuzz: regenerates the seed corpora in corpus/<target>/ from the bundled bank and fixtures.
# Run from anywhere: python3 tests/fuzz/make_corpus.py (needs PyYAML). Small by design: a few
# dozen seeds; libFuzzer grows its own working corpus from them in a scratch folder.
import pathlib
import yaml

root = pathlib.Path(__file__).resolve().parents[2]
fuzz = root / "tests" / "fuzz" / "corpus"
bank_dir = root / "content" / "python-fastapi-interview"


def write(target, name, text):
    path = fuzz / target / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def bank_seed(categories, files):
    head = "title: Seed bank\nsubtitle: fuzz seed\ncategories: [" + ", ".join(categories) + "]\n"
    return head + "".join(f"#@ {name}\n{text}" for name, text in files)


bank = yaml.safe_load((bank_dir / "bank.yaml").read_text(encoding="utf-8"))
for cat in bank["categories"]:
    text = (bank_dir / f"{cat}.yaml").read_text(encoding="utf-8")
    write("bank", f"{cat}.txt", bank_seed([cat], [(f"{cat}.yaml", text)]))
write("bank", "bank-yaml-notes.txt", (bank_dir / "bank.yaml").read_text(encoding="utf-8"))
for fixture in ["mc-bank", "long-answer-bank"]:
    d = root / "tests" / "fixtures" / fixture
    files = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(d.glob("*.yaml")) if p.name != "bank.yaml"]
    write("bank", f"{fixture}.txt", (d / "bank.yaml").read_text(encoding="utf-8") +
          "".join(f"#@ {n}\n{t}" for n, t in files))
write("bank", "anchors.txt", "title: &t Anchored\ncategories: [a]\n#@ a.yaml\ntitle: *t\nquestions:\n"
      "  - &q {id: x, q: *t, a: \"**b**\", short: s, level: beginner, kind: concept, tags: [a, b]}\n"
      "  - {id: y, q: Q?, a: |\n      - list\n      - items\n    , level: expert}\n")
write("bank", "literal-blocks.txt", "title: Blocks\ncategories: [a]\nnotes:\n  - title: n\n    body: |+ # keep\n"
      "      text\n\n  - title: m\n    body: |\nsubtitle: >\n  folded\n  b: |\n    not a header\n#@ a.yaml\n"
      "questions:\n  - id: x\n    q: \"q: |\n      looks like a header\"\n    a: |-\n      # not a comment\n"
      "        deeper\n         \n \n      \tafter a tab\n\n# a comment\n    short: |\n      s\n"
      "  - - a: |\n        nested\n    - b: |\n\n        after a blank line\n    c: [1,\n")
write("bank", "plain-values.txt", "title: Plain values  \ncategories: [a]\nsubtitle: x:y a#b, 'q' \"r\" caf\u00e9\n"
      "author: null\nsource: ~\n#@ a.yaml\ntitle: A\nquestions:\n  - id: x\n    q: first\n      continued\n"
      "    level: beginner\n\n    kind: concept\n    # a comment\n    short: s # c\n    a: |\n      text\n"
      "    tags: [a]\n  - id: y\n    q: 'z'\n    a: b\n\n      after a blank line\n    level: expert\n"
      "    keep_last: true\n  - id: y\n    q: Q?\n    a: 0x10\n    short: 1e3")
write("bank", "errors.txt", "title: \"\"\ncategories: [a, a, Bad--Id]\nlvel: 1\n#@ a.yaml\n"
      "questions:\n  - id: x\n    q: [1]\n    a: \n    choices: [{text: a, correct: maybe}]\n#@ z.yaml\n{}\n")

# Markdown: two answers per category (the first and the longest), the notes, hand-made edge cases.
for cat in bank["categories"]:
    qs = yaml.safe_load((bank_dir / f"{cat}.yaml").read_text(encoding="utf-8"))["questions"]
    picks = {qs[0]["id"]: qs[0]["a"]}
    longest = max(qs, key=lambda q: len(q["a"]))
    picks[longest["id"]] = longest["a"]
    for qid, answer in picks.items():
        write("markdown_pdf", f"{qid}.md", answer)
for i, note in enumerate(bank.get("notes", [])):
    write("markdown_pdf", f"note-{i}.md", note["body"])
write("markdown_pdf", "edge-mix.md",
      "# Title\n\n> quote with `code` and <b>html</b>\n\n1. one\n   - two\n     > three\n\n"
      "| a | b |\n|---|---|\n| 1 | 2 |\n\n![missing](nope.png) ![remote](http://x/y.png) "
      "![up](../../x.png)\n\n```sql\nSELECT 'x' /* c */ FROM t; -- z\n```\n\n"
      "Symbols \u2192 \u2264 \u221e \u6f22 \U0001F600 soft\u00adhyphen zero\u200bwidth\n\n***\n\n"
      "Hard  \nbreak and a [link](https://example.com) and averyveryverylongwordwithoutanybreakpoints.\n")

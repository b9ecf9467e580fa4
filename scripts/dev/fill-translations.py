#!/usr/bin/env python3
"""Fills unfinished translations of a Qt .ts file from a JSON map, keeping lupdate's layout.

Usage: fill-translations.py resources/translations/pacte_fr.ts MAP.json [MAP2.json ...]

A map is {"Context|source text": "traduction"} or, for a message with plural forms,
{"Context|%n source(s)": ["singulier", "pluriel"]}. The source text is the one written in the code
(unescaped). Only messages marked unfinished are filled; the script prints what it filled and the
unfinished messages it found no translation for.
"""
import html
import json
import re
import sys


def escape(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def main():
    ts_path, map_paths = sys.argv[1], sys.argv[2:]
    mapping = {}
    for path in map_paths:
        with open(path, encoding="utf-8") as f:
            mapping.update(json.load(f))
    with open(ts_path, encoding="utf-8") as f:
        content = f.read()

    filled, missing = 0, []

    def fill_context(ctx_match):
        nonlocal filled
        block = ctx_match.group(0)
        name = re.search(r"<name>(.*?)</name>", block, re.S).group(1)
        name = html.unescape(name)

        def fill_message(msg_match):
            nonlocal filled
            msg = msg_match.group(0)
            if 'type="unfinished"' not in msg:
                return msg
            source = html.unescape(re.search(r"<source>(.*?)</source>", msg, re.S).group(1))
            key = f"{name}|{source}"
            if key not in mapping:
                missing.append(key)
                return msg
            value = mapping[key]
            indent = re.search(r"\n(\s*)<translation", msg).group(1)
            if isinstance(value, list):
                forms = "".join(f"\n{indent}    <numerusform>{escape(v)}</numerusform>" for v in value)
                translation = f"<translation>{forms}\n{indent}</translation>"
            else:
                translation = f"<translation>{escape(value)}</translation>"
            filled += 1
            return re.sub(r"<translation[^>]*?(/>|>.*?</translation>)", lambda _: translation, msg,
                          count=1, flags=re.S)

        return re.sub(r"<message[^>]*>.*?</message>", fill_message, block, flags=re.S)

    content = re.sub(r"<context>.*?</context>", fill_context, content, flags=re.S)
    with open(ts_path, "w", encoding="utf-8") as f:
        f.write(content)
    print(f"filled {filled}")
    for key in missing:
        print(f"missing: {key}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Converts one language of the facilitator's guide from Markdown to a standalone HTML page.

Usage: render_guide.py LANGUAGE SOURCE.md OUTPUT.html

The page is read offline from share/assessa/guide/LANGUAGE/index.html; the images sit in
share/assessa/guide/images, so "images/x.png" in the source becomes "../images/x.png".
"""
import html
import re
import sys

import markdown

STYLE = """
body { font-family: "DejaVu Sans", "Noto Sans", "AR PL UMing CN", sans-serif; line-height: 1.5;
       max-width: 52em; margin: 2em auto; padding: 0 1em; color: #1d2530; }
h1 { color: #1f5aa6; border-bottom: 3px solid #1f5aa6; padding-bottom: .2em; }
h2 { color: #1f5aa6; margin-top: 2em; border-bottom: 1px solid #c9d3df; }
h3 { margin-top: 1.5em; }
img { max-width: 100%; border: 1px solid #c9d3df; box-shadow: 0 1px 4px #0002; margin: .5em 0; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #c9d3df; padding: .3em .6em; vertical-align: top; text-align: left; }
th { background: #eef3f9; }
code { background: #eef3f9; padding: 0 .2em; border-radius: 3px; }
kbd { border: 1px solid #9aa7b6; border-radius: 3px; padding: 0 .3em; background: #f7f9fb; }
blockquote { border-left: 4px solid #6fd463; margin-left: 0; padding-left: 1em; color: #3b4654; }
div.toc { background: #f4f7fb; border: 1px solid #c9d3df; padding: .5em 1.5em; }
"""


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: render_guide.py LANGUAGE SOURCE.md OUTPUT.html")
    language, source, output = sys.argv[1:]
    with open(source, encoding="utf-8") as f:
        text = f.read()
    if language == "zh":
        # Chinese has no spaces between words: a line break inside a paragraph joins without one.
        text = re.sub(r"(?<=[^\x00-\x7F])\n(?=[^\x00-\x7F])", "", text)
    title_match = re.search(r"^# (.+)$", text, re.MULTILINE)
    if not title_match:
        sys.exit(f"{source}:1: error: the guide has no '# title' line")
    md = markdown.Markdown(extensions=["tables", "toc", "attr_list", "sane_lists"],
                           extension_configs={"toc": {"toc_depth": "2-2"}})
    body = md.convert(text)
    body = body.replace('src="images/', 'src="../images/')
    page = (f'<!DOCTYPE html>\n<html lang="{html.escape(language)}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{html.escape(title_match.group(1))}</title>\n<style>{STYLE}</style>\n</head>\n"
            f"<body>\n{body}\n</body>\n</html>\n")
    with open(output, "w", encoding="utf-8") as f:
        f.write(page)


if __name__ == "__main__":
    main()

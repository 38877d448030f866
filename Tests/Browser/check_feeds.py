#!/usr/bin/env python3
"""Every Atom feed of a published site, read by feedparser (the parser most feed readers' authors test against):
well formed, recognised as Atom 1.0, every entry with an id, a title, a date and a link. Usage: check_feeds.py SITE..."""
import pathlib
import sys

import feedparser

problems, count = [], 0
for root in sys.argv[1:]:
    for path in sorted(pathlib.Path(root).rglob("*.atom")):
        count += 1
        feed = feedparser.parse(str(path))
        if feed.bozo:
            problems.append(f"{path}: {feed.bozo_exception}")
        if feed.version != "atom10":
            problems.append(f"{path}: read as {feed.version or 'nothing'}, not Atom 1.0")
        for entry in feed.entries:
            if not (entry.get("id") and entry.get("title") and entry.get("updated_parsed") and entry.get("link")):
                problems.append(f"{path}: an entry without id, title, date or link: {entry.get('id')}")
if count == 0:
    problems.append("no feed found")
for problem in problems:
    print(problem)
print(f"Feed check: {count} feeds, {len(problems)} problems.")
sys.exit(1 if problems else 0)

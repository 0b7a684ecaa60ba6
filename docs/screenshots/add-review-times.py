#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Copies a shared dataset week and adds made-up review histories, for the review-flow screenshots.

The shared datasets come from git history, which has no reviews, opening times or bots. This adds them
deterministically (seeded by the PR number) in the keys prlens-fake-github serves: created_at,
ready_for_review_at, reviews[].submitted_at and user.type. The figures are invented; only the shape is real.

    add-review-times.py SRC_WEEK_DIR OUT_ROOT      # writes OUT_ROOT/<owner__repo>/<range>/pulls.json
"""
import json
import os
import random
import sys
from datetime import datetime, timedelta, timezone

PEOPLE = ["maintainer-a"] * 6 + ["maintainer-b"] * 3 + ["reviewer-c"] * 2 + ["reviewer-d", "reviewer-e", "reviewer-f"]
BOT_REVIEWERS = [("gemini-code-assist", "Bot"), ("mergify[bot]", "Bot")]


def iso(t):
    return t.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def main(src, out_root):
    src = os.path.normpath(src)
    week, repo = os.path.basename(src), os.path.basename(os.path.dirname(src))
    with open(os.path.join(src, "pulls.json"), encoding="utf-8") as f:
        pulls = json.load(f)
    for p in pulls:
        rnd = random.Random(p["number"])
        merged = datetime.fromisoformat(p["merged_at"].replace("Z", "+00:00"))
        open_hours = rnd.choice([0.5, 2, 5, 9, 20, 30, 50, 70, 120, 200, 400])
        created = merged - timedelta(hours=open_hours * rnd.uniform(0.8, 1.2))
        p["created_at"] = iso(created)
        start = created
        if rnd.random() < 0.25:
            start = created + (merged - created) * rnd.uniform(0.1, 0.5)
            p["ready_for_review_at"] = iso(start)
        p["user"]["type"] = "User"
        reviews = []
        if rnd.random() < 0.6:
            bot, kind = rnd.choice(BOT_REVIEWERS)
            reviews.append({"user": {"login": bot, "type": kind}, "state": "COMMENTED", "body": "",
                            "submitted_at": iso(start + timedelta(minutes=rnd.randint(2, 15)))})
        if rnd.random() < 0.85:
            who = rnd.choice([x for x in PEOPLE if x != p["user"]["login"]])
            first = start + (merged - start) * rnd.uniform(0.05, 0.7)
            if rnd.random() < 0.2:
                reviews.append({"user": {"login": who, "type": "User"}, "state": "CHANGES_REQUESTED", "body": "",
                                "submitted_at": iso(first)})
                first = first + (merged - first) * 0.5
            reviews.append({"user": {"login": who, "type": "User"}, "state": "APPROVED", "body": "",
                            "submitted_at": iso(first)})
        p["reviews"] = sorted(reviews, key=lambda r: r["submitted_at"])
    out = os.path.join(out_root, repo, week)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "pulls.json"), "w", encoding="utf-8") as f:
        json.dump(pulls, f)
    print(out)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes vllm-project__vllm/review-pages/pulls.json: four real merged PRs of the shared vLLM week
2026-03-23..29 (REST pull objects, patches dropped) with synthetic reviews and review threads that need more than
the 20 per PR the week's search query reads. Run from this folder: python3 make-review-pages.py"""
import json
import os

SOURCE = '../../../../shared/datasets/vllm-project__vllm/2026-03-23_2026-03-29/pulls.json'
PICK = [36725, 37016, 37029, 37214]  # one-file PRs merged inside the UTC week


def review(i, state, when):
    return {'user': {'login': f'reviewer{i % 7}'}, 'state': state, 'body': f'review {i + 1}',
            'submitted_at': when}


def thread(pr, t, resolved, comments, when):
    path = pr['files'][0]['filename']
    line = 10 + t
    cs = []
    for c in range(comments):
        cs.append({'id': pr['number'] * 10000 + t * 200 + c + 1,
                   'user': {'login': 'reviewer%d' % (c % 3) if c % 2 == 0 else pr['user']['login']},
                   'body': f'thread {t + 1} comment {c + 1}', 'path': path, 'line': line, 'original_line': line,
                   'diff_hunk': '@@ -1,3 +1,4 @@', 'created_at': when})
        if c > 0:
            cs[-1]['in_reply_to_id'] = pr['number'] * 10000 + t * 200 + 1
    return {'isResolved': resolved, 'isOutdated': False, 'path': path, 'line': line, 'originalLine': line,
            'diffSide': 'RIGHT', 'comments': cs}


def main():
    pulls = {p['number']: p for p in json.load(open(SOURCE))}
    out = []
    for n in PICK:
        p = dict(pulls[n])
        p['files'] = [{k: v for k, v in f.items() if k != 'patch'} for f in p['files']]
        when = p['merged_at']
        if n == 36725:  # 45 reviews, only the last one approves; 30 threads, 3 open past the 20th, one long thread
            p['reviews'] = [review(i, 'APPROVED' if i == 44 else ('CHANGES_REQUESTED' if i % 5 == 0 else 'COMMENTED'),
                                   when) for i in range(45)]
            p['review_threads'] = [thread(p, t, t not in (21, 24, 28), 25 if t == 2 else 2, when) for t in range(30)]
        elif n == 37016:  # 150 reviews, none approving; a thread with more comments than one follow-up reads
            p['reviews'] = [review(i, 'COMMENTED', when) for i in range(150)]
            p['review_threads'] = [thread(p, 0, True, 130, when), thread(p, 1, True, 1, when)]
        elif n == 37029:  # a few reviews with an approval and one open thread: no follow-up needed
            p['reviews'] = [review(i, s, when) for i, s in enumerate(['COMMENTED', 'APPROVED', 'COMMENTED'])]
            p['review_threads'] = [thread(p, 0, False, 3, when)]
        else:  # no reviews at all
            p['reviews'] = []
            p['review_threads'] = []
        out.append(p)
    os.makedirs('vllm-project__vllm/review-pages', exist_ok=True)
    with open('vllm-project__vllm/review-pages/pulls.json', 'w') as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write('\n')


if __name__ == '__main__':
    main()

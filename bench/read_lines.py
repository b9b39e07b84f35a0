"""Benchmark: read a 100 MB UTF-8 text file line by line.

    coil bench/read_lines.py [PATH]      (or python3, to compare)

Makes the file on first use (deterministic content, some non-ASCII, lines of
3-15 words), then times `for line in f` over it and prints the seconds.
"""

import os
import sys
import time

SIZE = 100 * 1024 * 1024
WORDS = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta',
         'iota', 'kappa', 'λάμδα', 'über']


def make(path):
    state = 12345
    written = 0
    with open(path, 'w', encoding='utf-8') as f:
        while written < SIZE:
            lines = []
            for _ in range(1000):
                state = (state * 1103515245 + 12345) % 2147483648
                n = 3 + state % 13
                line = ' '.join(WORDS[(state >> (i % 16)) % len(WORDS)] for i in range(n)) + '\n'
                lines.append(line)
            chunk = ''.join(lines)
            f.write(chunk)
            written += len(chunk.encode('utf-8'))


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else '/tmp/coil_bench_read_lines.txt'
    if not os.path.exists(path) or os.path.getsize(path) < SIZE:
        make(path)
    start = time.perf_counter()
    count = 0
    chars = 0
    with open(path, encoding='utf-8') as f:
        for line in f:
            count += 1
            chars += len(line)
    elapsed = time.perf_counter() - start
    print(f'{count} lines, {chars} characters in {elapsed:.3f} s')


main()

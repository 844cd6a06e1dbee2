/** Mutation scores per folder and merging of Stryker's incremental files (scripts/mutation-score.ts). */
import { describe, expect, it } from 'vitest'

import {
  mergeReports,
  type Report,
  scoresByFolder,
} from '../../../scripts/mutation-score'

const file = (...statuses: string[]) => ({
  mutants: statuses.map((status) => ({ status })),
})

describe(scoresByFolder, () => {
  it.each<[string, Report['files'], [string, number, number][]]>([
    [
      'killed and timed-out mutants are detected; survivors and uncovered ones are not',
      { 'src/a/x.ts': file('Killed', 'Timeout', 'Survived', 'NoCoverage') },
      [['src/a', 1, 50]],
    ],
    [
      'ignored, static and erroring mutants do not count',
      {
        'src/a/x.ts': file('Killed', 'Ignored', 'RuntimeError', 'CompileError'),
      },
      [['src/a', 1, 100]],
    ],
    [
      'files in sub-folders count towards their top folder, each folder on its own',
      {
        'src/a/x.ts': file('Killed', 'Killed', 'Killed', 'Survived'),
        'src/a/sub/y.ts': file('Survived'),
        'src/b/z.ts': file('Killed'),
      },
      [
        ['src/a', 2, 60],
        ['src/b', 1, 100],
      ],
    ],
    [
      'a folder with nothing to test scores 100',
      { 'src/a/x.ts': file('Ignored') },
      [['src/a', 1, 100]],
    ],
  ])('%s', (_, files, expected) => {
    expect(
      scoresByFolder({ files }).map((s) => [s.folder, s.files, s.score]),
    ).toEqual(expected)
  })

  it('counts each status', () => {
    expect(
      scoresByFolder({
        files: {
          'src/a/x.ts': file(
            'Killed',
            'Timeout',
            'Survived',
            'NoCoverage',
            'NoCoverage',
          ),
        },
      })[0],
    ).toEqual({
      folder: 'src/a',
      files: 1,
      killed: 1,
      timeout: 1,
      survived: 1,
      noCoverage: 2,
      score: 40,
    })
  })
})

describe(mergeReports, () => {
  it('keeps every file; a later report replaces a file it also has', () => {
    const merged = mergeReports([
      {
        files: { 'a.ts': file('Survived'), 'b.ts': file('Killed') },
        testFiles: { t1: 1 },
      },
      { files: { 'a.ts': file('Killed') }, testFiles: { t2: 2 } },
    ])
    expect(merged.files).toEqual({
      'a.ts': file('Killed'),
      'b.ts': file('Killed'),
    })
    expect(merged.testFiles).toEqual({ t1: 1, t2: 2 })
  })
})

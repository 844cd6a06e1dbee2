/** What the error state says for each failure, in both languages (the problem lines stay technical). */
import { HttpResponse, http } from 'msw'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { describeDatasetError } from '@/data/dataset-error'
import { loadDataset } from '@/data/load-dataset'
import { loadDatasetFile } from '@/data/load-file'
import { parseDatasetText } from '@/data/validate-dataset'
import { en, zh } from '../../lang'
import { makeDataset } from '../../fixtures/builders'
import { DATASET_URL } from '../../msw/handlers'
import {
  datasetAnswers,
  datasetFails,
  datasetNetworkError,
  datasetNeverAnswers,
  datasetText,
} from '../../msw/scenarios'
import { server } from '../../msw/server'

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

async function failureOf(run: () => unknown): Promise<unknown> {
  try {
    await run()
  } catch (error) {
    return error
  }
  throw new Error('expected the load to fail')
}

const load = () => loadDataset(DATASET_URL)
const MB = 1024 * 1024

interface Case {
  name: string
  arrange?: () => void
  run: () => unknown
  en: [title: string, message: string]
  zh: [title: string, message: string]
}

const CASES: Case[] = [
  {
    name: 'a server error',
    arrange: () => server.use(datasetFails(404)),
    run: load,
    en: [
      'The dataset server returned an error',
      'The dataset server answered 404 Not Found',
    ],
    zh: ['数据集服务器返回错误', '数据集服务器返回状态码404 Not Found'],
  },
  {
    name: 'a network failure',
    arrange: () => server.use(datasetNetworkError()),
    run: load,
    en: [
      'The dataset could not be reached',
      'The dataset could not be fetched: the network failed or the server does not allow this site to read it (CORS)',
    ],
    zh: [
      '无法连接数据集',
      '无法获取数据集：网络故障，或服务器不允许本站读取（跨域限制）',
    ],
  },
  {
    name: 'no answer in time',
    arrange: () => server.use(datasetNeverAnswers()),
    run: () => loadDataset(DATASET_URL, undefined, 50),
    en: [
      'The dataset took too long to load',
      'The dataset server did not answer within 0.05 s',
    ],
    zh: ['数据集加载超时', '数据集服务器在0.05秒内未响应'],
  },
  {
    name: 'an HTML page',
    arrange: () =>
      server.use(datasetText('<!doctype html><p>hi</p>', 'text/html')),
    run: load,
    en: [
      'That URL is not a JSON dataset',
      'The server sent text/html instead of JSON: is the URL right?',
    ],
    zh: [
      '该网址不是JSON数据集',
      '服务器返回的是text/html，而非JSON：网址是否正确？',
    ],
  },
  {
    name: 'a declared size over the limit',
    arrange: () =>
      server.use(
        http.get(
          DATASET_URL,
          () =>
            new HttpResponse('{}', {
              headers: {
                'Content-Type': 'application/json',
                'Content-Length': String(17 * MB),
              },
            }),
        ),
      ),
    run: load,
    en: [
      'The dataset is too large',
      'The dataset is 17.0 MB, over the 16 MB limit',
    ],
    zh: ['数据集过大', '数据集大小为17.0兆字节，超过16兆字节的上限'],
  },
  {
    name: 'a local file over the limit',
    run: () =>
      loadDatasetFile({
        size: 20 * MB,
        name: 'big.json',
        text: async () => '',
      } as unknown as File),
    en: [
      'The dataset is too large',
      'big.json is 20.0 MB, over the 16 MB limit',
    ],
    zh: ['数据集过大', 'big.json大小为20.0兆字节，超过16兆字节的上限'],
  },
  {
    name: 'an empty file',
    run: () => parseDatasetText('  '),
    en: ['The dataset is not valid JSON', 'The dataset file is empty'],
    zh: ['数据集不是有效的JSON', '数据集文件为空'],
  },
  {
    name: 'text that is not JSON',
    run: () => parseDatasetText('{"schemaVersion": 1,'),
    en: ['The dataset is not valid JSON', 'The dataset is not valid JSON'],
    zh: ['数据集不是有效的JSON', '数据集不是有效的JSON'],
  },
  {
    name: 'JSON that does not match the schema',
    arrange: () =>
      server.use(datasetAnswers({ ...makeDataset(), schemaVersion: 1 })),
    run: load,
    en: [
      'The dataset has problems',
      'The dataset does not match the expected format',
    ],
    zh: ['数据集存在问题', '数据集不符合规定格式'],
  },
  {
    name: 'anything else',
    run: () => {
      throw new TypeError('boom')
    },
    en: [
      'The dataset could not be loaded',
      'Something unexpected went wrong while loading the dataset.',
    ],
    zh: ['无法加载数据集', '加载数据集时发生意外错误。'],
  },
]

describe('describeDatasetError', () => {
  it.each(CASES.map((c) => [c.name, c] as const))(
    '%s, in English and Chinese',
    async (_, c) => {
      c.arrange?.()
      const error = await failureOf(c.run)
      const [enTitle, enMessage] = c.en
      const [zhTitle, zhMessage] = c.zh
      expect(describeDatasetError(error, en)).toMatchObject({
        title: enTitle,
        message: enMessage,
      })
      expect(describeDatasetError(error, zh)).toMatchObject({
        title: zhTitle,
        message: zhMessage,
      })
    },
  )

  it('keeps the problem lines (path: message) as validation wrote them, in both languages', async () => {
    const error = await failureOf(() => parseDatasetText('{"a": }'))
    const english = describeDatasetError(error, en)
    expect(english.problems).toHaveLength(1)
    expect(english.problems[0]).toMatch(/line 1, column 7/)
    expect(describeDatasetError(error, zh).problems).toEqual(english.problems)
  })
})

/** A failed load in Chinese: the headline, the sentence around the URL, the problem count and the actions. */
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'

import { DatasetError, describeDatasetError } from '@/data/dataset-error'
import { LangContext } from '@/i18n/lang-context'
import { DroppedRecords } from '@/ui/status/dropped-records'
import { ErrorState } from '@/ui/status/error-state'
import { zh } from '../../lang'

const problems = Array.from({ length: 60 }, (_, i) => ({
  path: `series[${i}].points[1].value`,
  message: 'expected number',
}))

describe('ErrorState in Chinese', () => {
  it('says what is wrong in Chinese, keeps the problem lines technical, and offers the actions', async () => {
    const user = userEvent.setup()
    const onRetry = vi.fn()
    const error = new DatasetError('schema', 'The dataset does not match', {
      problems,
      url: 'https://example.org/data.json',
      text: { key: 'status.error.schema' },
    })
    render(
      <LangContext value={zh}>
        <ErrorState
          {...describeDatasetError(error, zh)}
          retryable
          onRetry={onRetry}
          isRetrying={false}
          bundledHref="/"
        />
      </LangContext>,
    )
    const alert = screen.getByRole('alert')
    expect(
      screen.getByRole('heading', { name: '数据集存在问题' }),
    ).toBeInTheDocument()
    expect(alert).toHaveTextContent(
      '数据集不符合规定格式（来源：https://example.org/data.json）',
    )
    expect(alert).toHaveTextContent('共60个问题，以下列出前50个：')
    expect(screen.getAllByRole('listitem')[1]).toHaveTextContent(
      'series[1].points[1].value: expected number',
    )
    await user.click(screen.getByRole('button', { name: '重试' }))
    expect(onRetry).toHaveBeenCalledOnce()
    expect(
      screen.getByRole('link', { name: '改用内置数据集' }),
    ).toHaveAttribute('href', '/')
  })

  it('says it is retrying', () => {
    render(
      <LangContext value={zh}>
        <ErrorState
          title="无法加载数据集"
          message="加载数据集时发生意外错误。"
          problems={['a: b']}
          totalProblems={1}
          retryable
          onRetry={() => undefined}
          isRetrying
        />
      </LangContext>,
    )
    expect(screen.getByRole('button', { name: '正在重试…' })).toBeDisabled()
    expect(screen.getByRole('alert')).toHaveTextContent('共1个问题：')
  })

  it('heads the dropped records in Chinese', () => {
    render(
      <LangContext value={zh}>
        <DroppedRecords
          dropped={[
            {
              record: 'series "x"',
              reasons: ['points[0].value: expected number'],
            },
            { record: 'event "y"', reasons: ['date: invalid'] },
          ]}
        />
      </LangContext>,
    )
    expect(
      screen.getByRole('heading', { name: '本数据集剔除了2条无效记录' }),
    ).toBeInTheDocument()
    expect(screen.getByText('下方图表未纳入这些记录。')).toBeInTheDocument()
    expect(screen.getByText('剔除了哪些记录及原因')).toBeInTheDocument()
  })
})

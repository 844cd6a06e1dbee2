/**
 * One line when the page runs without a network on the service worker's saved
 * dataset ("Offline — showing the data saved on 2 Dec 2026"), and a notice
 * when a newer dataset arrived and replaced it. Only the bundled dataset is
 * ever saved (never `?data=` or local files): other datasets show nothing.
 */
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState, useSyncExternalStore } from 'react'

import { datasetKeys } from '@/data/dataset-queries'
import { isDatasetUpdate, savedDatasetDate } from '@/data/offline-cache'
import { useLang } from '@/i18n/lang-context'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange)
  window.addEventListener('offline', onChange)
  return () => {
    window.removeEventListener('online', onChange)
    window.removeEventListener('offline', onChange)
  }
}

const useOnline = () =>
  useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  )

export function OfflineStatus({ bundledUrl }: { bundledUrl: string }) {
  const lang = useLang()
  const online = useOnline()
  const queryClient = useQueryClient()
  const [savedOn, setSavedOn] = useState<number | undefined>()
  const [updated, setUpdated] = useState(false)

  useEffect(() => {
    if (online) return
    let live = true
    savedDatasetDate(bundledUrl).then(
      (ms) => live && setSavedOn(ms),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [online, bundledUrl])

  useEffect(() => {
    const refresh = () =>
      void queryClient.invalidateQueries({
        queryKey: datasetKeys.byUrl(bundledUrl),
      })
    // Back online: ask again, so the worker revalidates its saved copy.
    window.addEventListener('online', refresh)
    const sw = navigator.serviceWorker
    const onMessage = (event: MessageEvent) => {
      if (!isDatasetUpdate(event.data, bundledUrl)) return
      setUpdated(true)
      refresh()
    }
    // First visit: the dataset loaded before the worker took control; fetch
    // it once through the worker so that it is saved for offline use.
    const save = () => void fetch(bundledUrl).catch(() => undefined)
    sw?.addEventListener('message', onMessage)
    sw?.addEventListener('controllerchange', save)
    return () => {
      window.removeEventListener('online', refresh)
      sw?.removeEventListener('message', onMessage)
      sw?.removeEventListener('controllerchange', save)
    }
  }, [bundledUrl, queryClient])

  if (!online && savedOn !== undefined)
    return (
      <p className="offline-status" role="status">
        {lang.t('page.offline', { date: lang.date(savedOn) })}
      </p>
    )
  if (updated)
    return (
      <p className="offline-status" role="status">
        {lang.t('page.updated')}
      </p>
    )
  return null
}

/**
 * The bundled dataset is validated once, at its edge: the build (the
 * prerender step validates data/commitments.json and fails on any problem or
 * dropped record) records its digest as VITE_VERIFIED_DATASET_DIGEST. A
 * download with that digest is the same text, so the browser reads it
 * without loading the schema library again; any other text (a host's newer
 * file, a reader's own dataset, the dev server) goes through full validation.
 */
import type { RawDataset } from '@/data/schema'
import { hasDigest } from '@/data/file-digest'
import type { BodyFile } from '@/data/read-body'
import { toDataset } from '@/data/to-domain'
import type { Dataset } from '@/domain/types'

/** The digest the production build validated; undefined in dev and tests. */
export const VERIFIED_DATASET_DIGEST: string | undefined = import.meta.env
  .VITE_VERIFIED_DATASET_DIGEST as string | undefined

/** The dataset in `file` when its bytes' digest is `verifiedDigest`, else undefined. */
export async function readVerifiedDataset(
  file: Pick<BodyFile, 'text' | 'size' | 'bytes'>,
  verifiedDigest: string | undefined,
): Promise<Dataset | undefined> {
  if (verifiedDigest === undefined || !(await hasDigest(file, verifiedDigest)))
    return undefined
  return toDataset(JSON.parse(file.text) as RawDataset)
}

/** Downloads a Blob under a file name through a temporary object URL, revoked afterwards. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  a.style.display = 'none'
  document.body.append(a)
  a.click()
  a.remove()
  // Revoke after the click has been handled; immediate revocation cancels downloads in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export function downloadText(
  text: string,
  fileName: string,
  type: string,
): void {
  downloadBlob(new Blob([text], { type }), fileName)
}

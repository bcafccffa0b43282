import { useState } from 'react';
import { type ApiError, toApiError } from '../../api/client';
import { downloadFile } from './transfer';

/** A download button's state: busy while the file comes, and the server's refusal to show. */
export function useDownload() {
  const [downloading, setDownloading] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const download = async (url: string, fallbackName: string) => {
    setDownloading(true);
    setError(null);
    try {
      await downloadFile(url, fallbackName);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setDownloading(false);
    }
  };
  return { downloading, error, download };
}

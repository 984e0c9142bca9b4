/**
 * Upload of a report or addendum file with progress. fetch cannot report how much of a request
 * body has been sent, and a 20 MB PDF on a slow connection takes minutes, so files go through
 * XMLHttpRequest: same origin, cookies sent, the same ApiError as http.ts on failure.
 */
import { ApiError } from '../api/api-error.js';

export interface UploadProgress {
  /** 0…1 of the file sent; 1 while the server reads it. */
  (sent: number): void;
}

export function uploadFile<T>(path: string, file: File, onProgress?: UploadProgress): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    // The raw body with a non-form type is what the server's same-origin check expects.
    request.setRequestHeader('Content-Type', 'application/octet-stream');
    request.setRequestHeader('Accept', 'application/json');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    request.upload.onload = () => onProgress?.(1);
    request.onload = () => {
      let data: unknown = null;
      try {
        data = request.responseText ? JSON.parse(request.responseText) : null;
      } catch {
        data = null;
      }
      if (request.status >= 200 && request.status < 300) resolve(data as T);
      else reject(ApiError.fromResponse(request.status, data));
    };
    request.onerror = () => reject(new ApiError(0, 'network', 'network error'));
    request.send(file);
  });
}

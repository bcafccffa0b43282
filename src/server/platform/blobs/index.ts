export {
  BlobIntegrityError,
  type BlobStore,
  createDiskBlobStore,
  type StoredBlob,
} from './blob-store';
export { parentsToSync } from './disk-writer';

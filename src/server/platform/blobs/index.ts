export {
  BlobIntegrityError,
  type BlobStore,
  createDiskBlobStore,
  parentsToSync,
  type StoredBlob,
} from './blob-store';

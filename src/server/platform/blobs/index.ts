export { BlobIntegrityError, type BlobStore, createDiskBlobStore, type StoredBlob } from './blob-store';

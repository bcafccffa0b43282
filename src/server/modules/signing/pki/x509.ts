// @peculiar/x509 resolves its ASN.1 schemas through tsyringe, which needs the reflect polyfill loaded
// first (pki-pdf.md §2.4 #1); every use of the library goes through this file.
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

export { x509 };

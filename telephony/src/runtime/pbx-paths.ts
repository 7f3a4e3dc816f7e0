import { join } from 'node:path';

/** Everything the runtime keeps in PBX_DIR (git-ignored `.pbx/` by default). */
export interface PbxPaths {
  root: string;
  /** The Debian chroot with Asterisk. */
  chroot: string;
  /** Says which package list the chroot was built from. */
  stamp: string;
  secrets: string;
  /** Pid of the running Asterisk, and the digest of the configuration it was started with. */
  pid: string;
  digest: string;
  /** Serialises setup, start and stop across processes (test workers, terminals). */
  lock: string;
  /** debootstrap's output. */
  setupLog: string;
  /** Asterisk's stdout/stderr; its own log file is reachable through `logs/`. */
  processLog: string;
  /** A link to the chroot's log folder. */
  logs: string;
}

export function pbxPaths(root: string): PbxPaths {
  return {
    root,
    chroot: join(root, 'chroot'),
    stamp: join(root, 'chroot.stamp'),
    secrets: join(root, 'secrets.json'),
    pid: join(root, 'asterisk.pid'),
    digest: join(root, 'asterisk.digest'),
    lock: join(root, 'lock'),
    setupLog: join(root, 'setup.log'),
    processLog: join(root, 'asterisk.out'),
    logs: join(root, 'logs'),
  };
}

/** A path inside the chroot, as seen from the host. */
export const inChroot = (paths: PbxPaths, path: string) => join(paths.chroot, path);

/** What the custom-dialplan service needs from Asterisk (api: over AMI, in the chroot). */
export interface CustomDialplanTelephony {
  /**
   * Writes extensions_custom.conf with this content, reloads the dialplan only, and returns
   * the contexts of `expectedContexts` that Asterisk does not hold with at least one extension
   * afterwards (all of them when the reload failed).
   */
  loadCustomDialplan(content: string, expectedContexts: readonly string[]): Promise<{ missing: string[] }>;
}

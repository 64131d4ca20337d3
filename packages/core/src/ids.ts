const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value read from outside (an address's parameter) has the shape of an id. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * The state machine's tags (seed L11608-L11609, L11327-L11350): key/value pairs. AWS tag rules:
 * keys up to 128 characters, values up to 256, keys unique and not starting with "aws:".
 */
export interface Tag {
  key: string;
  value: string;
}

export const MAX_TAG_KEY = 128;
export const MAX_TAG_VALUE = 256;

export function addTag(tags: readonly Tag[]): Tag[] {
  return [...tags, { key: "", value: "" }];
}

export function updateTag(tags: readonly Tag[], index: number, patch: Partial<Tag>): Tag[] {
  return tags.map((tag, i) => (i === index ? { ...tag, ...patch } : tag));
}

export function removeTag(tags: readonly Tag[], index: number): Tag[] {
  return tags.filter((_, i) => i !== index);
}

/** Problems with one tag's key and value. */
export function checkTag(tags: readonly Tag[], index: number): { key?: string; value?: string } {
  const tag = tags[index];
  if (!tag) return {};
  const problems: { key?: string; value?: string } = {};
  if (tag.key.trim() === "") problems.key = "Enter a key.";
  else if ([...tag.key].length > MAX_TAG_KEY) problems.key = `At most ${MAX_TAG_KEY} characters.`;
  else if (tag.key.toLowerCase().startsWith("aws:")) problems.key = "Keys starting with aws: are reserved.";
  else if (tags.findIndex((t) => t.key === tag.key) !== index) problems.key = "This key is already used.";
  if ([...tag.value].length > MAX_TAG_VALUE) problems.value = `At most ${MAX_TAG_VALUE} characters.`;
  return problems;
}

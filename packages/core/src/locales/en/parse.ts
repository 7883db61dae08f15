/** English wording of the parsing messages. */
import type { PARSE_MESSAGES } from "../../parse/messages.js";
import { templates } from "../../i18n/templates.js";

/** English templates of reading a document: JSON syntax, size, depth, duplicate and forbidden keys (`safeParseJsonDocument`, `validateText`). */
export const parseMessages = templates<typeof PARSE_MESSAGES>()({
  document_too_large: "The document is {bytes} bytes, over the limit of {limit} bytes; it was not parsed.",
  invalid_utf8: "The document is not valid UTF-8: invalid byte sequence at byte {byteOffset} (line {line}, column {column}).",
  byte_order_mark: "The document starts with a byte order mark (BOM); it was ignored.",
  empty_document: "The document is empty or contains only whitespace.",
  nesting_too_deep: "Arrays and objects are nested {depth} levels deep, over the limit of {limit} (line {line}, column {column}); the document was not parsed.",
  invalid_json: "Invalid JSON at line {line}, column {column}: {reason} (found {found}).",
  duplicate_key: "Key \"{key}\" appears more than once in this object: at line {line}, column {column}, and first at line {firstLine}, column {firstColumn}.",
  forbidden_key: "Key \"{key}\" is not allowed at any depth, because it can alter object prototypes in programs that read the document (line {line}, column {column}).",
  file_not_found: "File not found: {path}.",
  file_unreadable: "Cannot read {path} ({reason}).",
  file_unwritable: "Could not write {path} ({reason}); nothing was written there. Check that its folder exists and that you may write in it.",
  not_a_directory_entry: "{path} is neither a regular file nor a directory (it is a {kind}); it was not read.",
  document_kind_unexpected: "Expected a document of kind \"{expected}\", but this one is of kind \"{found}\".",
  mapping_not_found: "No mapping onto the reference scale was found for {scale} (looked for {tried}); name one explicitly.",
  mapping_not_found_stdin: "The scale {scale} was read from standard input, so there is no folder to look for its mapping onto the reference scale in; name the mapping file with {option} <file>.",
  scale_not_found_stdin: "The mapping was read from standard input, so there is no folder to look for its scale {id} ({range}) in; name the scale file with {option} <file>.",
  folder_unreadable: "The folder {path} cannot be read ({reason}); the documents in it were not checked.",
  link_outside_tree: "{path} is a symbolic link to {target}, outside the folder being read; it was not followed. Copy the document into the folder instead.",
  scale_not_found: "No scale {id} in the range {range} was found in ../scales/ or beside the mapping; name it with --scale.",
});

#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace medimeet::files {

// What the first bytes of a file say it is (libmagic), as a media type: "application/pdf".
// Reads no more than the bytes given (the first 64 KiB are enough for every accepted type).
std::string sniff_media_type(std::string_view head);

// The media types a medical file may have: PDF, PNG, JPEG, WebP, HEIC and plain text.
bool is_accepted_media_type(std::string_view media_type);

// The accepted type a file's name says it has by its extension, in any case ("scan.PDF":
// application/pdf); application/octet-stream for any other name. For a file known only by its
// name (one the original MediMeet kept elsewhere).
std::string media_type_of_name(std::string_view name);

// The type a file is kept under: what its content is, when that is accepted and the declared
// `Content-Type` (its parameters aside) does not contradict it; nullopt otherwise (an executable
// sent as application/pdf).
std::optional<std::string> checked_media_type(std::string_view declared, std::string_view head);

}  // namespace medimeet::files

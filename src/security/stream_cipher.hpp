#pragma once

#include <string>
#include <string_view>

#include "security/secret_key.hpp"

namespace medimeet::security {

// Seals a stream chunk by chunk (libsodium's crypto_secretstream_xchacha20poly1305): each chunk is
// authenticated, and so are their order and the end, which the last chunk marks.
class StreamSealer {
 public:
  explicit StreamSealer(const SecretKey& key);
  ~StreamSealer();
  StreamSealer(const StreamSealer&) = delete;
  StreamSealer& operator=(const StreamSealer&) = delete;

  // Stored with the stream: an opener needs it.
  const std::string& header() const { return header_; }
  std::string seal(std::string_view plaintext, bool last);

 private:
  std::string header_;
  alignas(16) unsigned char state_[64];  // crypto_secretstream_xchacha20poly1305_state (52 bytes)
};

// Opens what a StreamSealer sealed, in the same order.
class StreamOpener {
 public:
  // Throws CipherError for a header that is not one.
  StreamOpener(const SecretKey& key, std::string_view header);
  ~StreamOpener();
  StreamOpener(const StreamOpener&) = delete;
  StreamOpener& operator=(const StreamOpener&) = delete;

  // The next chunk's plaintext; throws CipherError when it was altered, is not the next one, or
  // comes after the last.
  std::string open(std::string_view sealed);
  // The last chunk was opened: anything short of it is a truncated stream.
  bool finished() const { return finished_; }

 private:
  bool finished_ = false;
  alignas(16) unsigned char state_[64];
};

}  // namespace medimeet::security

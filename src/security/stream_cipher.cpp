#include "security/stream_cipher.hpp"

#include <sodium.h>

#include "security/tokens.hpp"

namespace medimeet::security {
namespace {

using State = crypto_secretstream_xchacha20poly1305_state;
static_assert(sizeof(State) <= 64, "the stream state must fit its buffer");

const unsigned char* bytes_of(std::string_view text) { return reinterpret_cast<const unsigned char*>(text.data()); }
unsigned char* bytes_of(std::string& text) { return reinterpret_cast<unsigned char*>(text.data()); }

}  // namespace

StreamSealer::StreamSealer(const SecretKey& key) : header_(crypto_secretstream_xchacha20poly1305_HEADERBYTES, '\0') {
  ensure_sodium();
  crypto_secretstream_xchacha20poly1305_init_push(reinterpret_cast<State*>(state_), bytes_of(header_), key.data());
}

StreamSealer::~StreamSealer() { sodium_memzero(state_, sizeof state_); }

std::string StreamSealer::seal(std::string_view plaintext, bool last) {
  std::string sealed(plaintext.size() + crypto_secretstream_xchacha20poly1305_ABYTES, '\0');
  unsigned long long length = 0;
  crypto_secretstream_xchacha20poly1305_push(
      reinterpret_cast<State*>(state_), bytes_of(sealed), &length, bytes_of(plaintext), plaintext.size(), nullptr, 0,
      last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
  return sealed;
}

StreamOpener::StreamOpener(const SecretKey& key, std::string_view header) {
  ensure_sodium();
  if (header.size() != crypto_secretstream_xchacha20poly1305_HEADERBYTES ||
      crypto_secretstream_xchacha20poly1305_init_pull(reinterpret_cast<State*>(state_), bytes_of(header),
                                                      key.data()) != 0) {
    throw CipherError("the stream's header is not one");
  }
}

StreamOpener::~StreamOpener() { sodium_memzero(state_, sizeof state_); }

std::string StreamOpener::open(std::string_view sealed) {
  if (finished_ || sealed.size() < crypto_secretstream_xchacha20poly1305_ABYTES) {
    throw CipherError("a chunk after the last, or too short to be one");
  }
  std::string plaintext(sealed.size() - crypto_secretstream_xchacha20poly1305_ABYTES, '\0');
  unsigned long long length = 0;
  unsigned char tag = 0;
  if (crypto_secretstream_xchacha20poly1305_pull(reinterpret_cast<State*>(state_), bytes_of(plaintext), &length, &tag,
                                                 bytes_of(sealed), sealed.size(), nullptr, 0) != 0) {
    throw CipherError("a chunk does not open: altered, or out of order");
  }
  finished_ = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
  return plaintext;
}

}  // namespace medimeet::security

#pragma once

#include "kernel/collection.hpp"
#include "messages/message_service.hpp"

namespace medimeet::messages {

// The Messages collection for export and import: the seed's fields and readAt, never the
// sender's Idempotency-Key or request hash. Imported messages are stored as they are: nobody is
// emailed about them and no open page is told.
class MessagesCollection final : public kernel::Collection {
 public:
  explicit MessagesCollection(const MessageService& messages) : messages_(messages) {}

  std::string_view name() const override { return "messages"; }
  const ExtendedJsonShape& shape() const override;
  void export_documents(soci::session& sql, const kernel::DocumentWriter& write) const override;
  kernel::DocumentInsert import_document(JsonInput& document, kernel::ImportedIds& ids) override;

 private:
  const MessageService& messages_;
};

}  // namespace medimeet::messages

#pragma once

#include "common/money.hpp"
#include "kernel/collection.hpp"
#include "payments/payment_service.hpp"

namespace medimeet::payments {

// The Payments collection for export and import: the seed's fields (amount in the currency's
// major unit, as the API writes it) and the additions a payment keeps (currency, doctor,
// provider reference, deadline, failure, refund). Never the checkout page's URL: it expires, and
// a new checkout makes another. A payment of the original MediMeet, with only the seed's
// fields, is in `currency` (the server's, as the doctors' fees are), for its appointment's
// doctor, and due when it was made.
class PaymentsCollection final : public kernel::Collection {
 public:
  PaymentsCollection(const PaymentService& payments, const Currency& currency)
      : payments_(payments), currency_(currency) {}

  std::string_view name() const override { return "payments"; }
  const ExtendedJsonShape& shape() const override;
  void export_documents(soci::session& sql, const kernel::DocumentWriter& write) const override;
  kernel::DocumentInsert import_document(JsonInput& document, kernel::ImportedIds& ids) override;

 private:
  const PaymentService& payments_;
  const Currency& currency_;
};

}  // namespace medimeet::payments

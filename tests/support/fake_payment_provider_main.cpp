// The fake Stripe as a program of its own, for the browser tests: the Playwright stack starts it
// beside medimeet and points MEDIMEET_STRIPE_API_URL at it.
//   fake_payment_provider --port 8099 --webhook http://127.0.0.1:8080/api/v1/payments/webhooks/stripe
#include <csignal>
#include <iostream>
#include <string>

#include "fake_stripe.hpp"

int main(int argc, char** argv) {
  int port = 0;
  std::string webhook;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--port") port = std::stoi(argv[i + 1]);
    if (flag == "--webhook") webhook = argv[i + 1];
  }
  if (port == 0 || webhook.empty()) {
    std::cerr << "usage: fake_payment_provider --port PORT --webhook URL\n";
    return 2;
  }
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  medimeet::testing::FakeStripe stripe([] { return medimeet::SystemClock().now(); }, port);
  stripe.send_webhooks_to(webhook);
  std::cout << "fake Stripe on " << stripe.api_url() << std::endl;
  int received = 0;
  sigwait(&signals, &received);
  return 0;
}

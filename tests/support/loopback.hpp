#pragma once

namespace medimeet::testing {

// A TCP port on 127.0.0.1 that nothing listens on right now.
int free_loopback_port();
// True when something accepts connections on 127.0.0.1:port.
bool accepts_connections(int port);

}  // namespace medimeet::testing

// The client's end of the SOCK_SEQPACKET command socket.
#include "os/client_channel.h"

#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace sv::os {

namespace {
class SocketChannel : public ClientChannel {
public:
    SocketChannel(int fd, size_t max_message) : fd_(fd), max_(max_message) {}
    ~SocketChannel() override { ::close(fd_); }

    bool send(const std::vector<uint8_t>& message, std::string* error) override {
        if (::send(fd_, message.data(), message.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(message.size()))
            return true;
        *error = std::strerror(errno);
        return false;
    }

    Received receive_message(std::vector<uint8_t>& message, int64_t timeout_ms, std::string* error) override {
        pollfd p{fd_, POLLIN, 0};
        int r;
        do {
            r = ::poll(&p, 1, timeout_ms < 0 ? -1 : timeout_ms > 0x7fffffff ? 0x7fffffff : static_cast<int>(timeout_ms));
        } while (r < 0 && errno == EINTR);
        if (r == 0) return *error = "timed out", Received::timed_out;
        if (r < 0) return *error = std::strerror(errno), Received::failed;
        message.resize(max_ + 1);
        ssize_t n = ::recv(fd_, message.data(), message.size(), 0);
        if (n < 0) return *error = std::strerror(errno), Received::failed;
        if (n == 0) return *error = "the server closed the connection", Received::closed;
        message.resize(static_cast<size_t>(n));
        return Received::message;
    }

private:
    int fd_;
    size_t max_;
};

OpenFailure failure_of(int e) {
    switch (e) {
    case ENOENT: return OpenFailure::no_server;
    case ECONNREFUSED: return OpenFailure::refused;
    case EACCES:
    case EPERM: return OpenFailure::not_permitted;
    case ENAMETOOLONG:
    case ENOTDIR:
    case ENOTSOCK: return OpenFailure::bad_path;
    default: return OpenFailure::other;
    }
}
}  // namespace

std::unique_ptr<ClientChannel> open_channel(const std::string& path, size_t max_message,
                                               OpenFailure* why, std::string* error) {
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    if (path.empty() || path.size() >= sizeof addr.sun_path) {
        *why = OpenFailure::bad_path;
        *error = "socket path " + path + " is " + std::to_string(path.size()) + " bytes long; the limit is " +
                 std::to_string(sizeof addr.sun_path - 1);
        return nullptr;
    }
    std::memcpy(addr.sun_path, path.c_str(), path.size() + 1);
    int fd = ::socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *why = OpenFailure::other;
        *error = std::strerror(errno);
        return nullptr;
    }
    if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        int e = errno;
        ::close(fd);
        *why = failure_of(e);
        *error = std::strerror(e);
        return nullptr;
    }
    *why = OpenFailure::none;
    return std::make_unique<SocketChannel>(fd, max_message);
}

}  // namespace sv::os

// The program the benchmarks supervise. Its first act is to read the
// monotonic clock and append "<ns> <pid> <name>\n" to the stamp file named by
// argv[1] (one O_APPEND write, so lines of many probes never mix); then it
// waits for a signal. `bench_probe FILE NAME exit` appends and exits at once.
#include <fcntl.h>
#include <time.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>

int main(int argc, char** argv) {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    if (argc < 3) return 2;
    char line[256];
    long long ns = static_cast<long long>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
    int n = std::snprintf(line, sizeof line, "%lld %d %s\n", ns, static_cast<int>(getpid()), argv[2]);
    int fd = open(argv[1], O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0 || write(fd, line, static_cast<size_t>(n)) != n) return 3;
    close(fd);
    if (argc > 3 && std::strcmp(argv[3], "exit") == 0) return 0;
    for (;;) pause();
}

/*
 * peakrss OUT COMMAND [ARG...]: runs COMMAND and writes "SECONDS KIB" to OUT: its wall time
 * from fork to exit and its own peak resident set size.
 *
 * Why not wait4() from the Python bench itself: Linux carries a process's peak RSS across
 * fork and exec, so a child of a large Python process reports the parent's size. This
 * launcher is small, so what its child reports is the child's own.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: peakrss OUT COMMAND [ARG...]\n");
    return 64;
  }
  struct timespec start, end;
  clock_gettime(CLOCK_MONOTONIC, &start);
  pid_t child = fork();
  if (child < 0) { perror("peakrss: fork"); return 70; }
  if (child == 0) {
    execvp(argv[2], argv + 2);
    perror("peakrss: exec");
    _exit(127);
  }
  int status = 0;
  struct rusage usage;
  if (wait4(child, &status, 0, &usage) < 0) { perror("peakrss: wait4"); return 70; }
  clock_gettime(CLOCK_MONOTONIC, &end);
  double seconds = (double)(end.tv_sec - start.tv_sec) + (double)(end.tv_nsec - start.tv_nsec) / 1e9;
  FILE *out = fopen(argv[1], "w");
  if (!out) { perror("peakrss: the figures file"); return 70; }
  fprintf(out, "%.9f %ld\n", seconds, usage.ru_maxrss);
  fclose(out);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return WEXITSTATUS(status);
}

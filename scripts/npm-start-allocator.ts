/**
 * glibc's allocator as `npm start` sets it (package.json), for benchmark children that stand for it; a
 * value already in the environment wins.
 * - `MALLOC_ARENA_MAX=2`: without it every thread (V8's helpers, PGlite's) kept the memory it freed in an
 *   arena of its own.
 * - `MALLOC_MMAP_THRESHOLD_=131072`: blocks of 128 KiB and more are mapped on their own and unmapped when
 *   freed. Left to itself glibc raises that threshold each time such a block is freed (up to 32 MiB),
 *   after which the large buffers of a store view's first chat turns and of index jobs come from the
 *   main heap and stay resident after they are freed.
 */
export function npmStartAllocator(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return {
    ...env,
    MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? '2',
    MALLOC_MMAP_THRESHOLD_: env.MALLOC_MMAP_THRESHOLD_ ?? '131072',
  };
}

/* Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
 *
 * icount_plugin.c - exact guest instruction counts for marked regions.
 *
 * A QEMU TCG plugin.  Every executed guest instruction increments a
 * counter (inline op, no helper call).  Two marker instructions are
 * recognised by their encoding:
 *     START  mov r11, r11   (Thumb 0x46DB)
 *     STOP   mov r10, r10   (Thumb 0x46D2)
 * For each START ... STOP pair the plugin prints the number of guest
 * instructions executed strictly between them (markers excluded):
 *     icount: region <n> <count>
 * At exit it prints the total:  icount: total <count>
 *
 * Arguments: out=<file>  write the lines to <file> instead of stderr.
 *
 * Build:  gcc -O2 -shared -fPIC -o icount_plugin.so icount_plugin.c
 * Use:    qemu-system-arm ... -plugin ./icount_plugin.so[,out=file]
 *
 * The declarations below are the subset of QEMU's plugin API version 1
 * (<qemu/qemu-plugin.h> of the QEMU 7.x series, verified with Debian 12's
 * QEMU 7.2) that this file uses; Debian does not ship that header.  Later
 * QEMU releases revised the inline-op API: on an upgrade, build against
 * that release's header instead.  Single vCPU only.
 */
#include <inttypes.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

/* ---- subset of <qemu/qemu-plugin.h>, API version 1 ---- */
#define QEMU_PLUGIN_EXPORT __attribute__((visibility("default")))
typedef uint64_t qemu_plugin_id_t;
typedef struct {
    const char *target_name;
    struct { int min; int cur; } version;
    bool system_emulation;
    union { struct { int smp_vcpus; int max_vcpus; } system; };
} qemu_info_t;
struct qemu_plugin_tb;
struct qemu_plugin_insn;
enum qemu_plugin_cb_flags { QEMU_PLUGIN_CB_NO_REGS, QEMU_PLUGIN_CB_R_REGS, QEMU_PLUGIN_CB_RW_REGS };
enum qemu_plugin_op { QEMU_PLUGIN_INLINE_ADD_U64 };
typedef void (*qemu_plugin_vcpu_tb_trans_cb_t)(qemu_plugin_id_t, struct qemu_plugin_tb *);
typedef void (*qemu_plugin_vcpu_udata_cb_t)(unsigned int vcpu_index, void *userdata);
typedef void (*qemu_plugin_udata_cb_t)(qemu_plugin_id_t, void *userdata);
void qemu_plugin_register_vcpu_tb_trans_cb(qemu_plugin_id_t, qemu_plugin_vcpu_tb_trans_cb_t);
size_t qemu_plugin_tb_n_insns(const struct qemu_plugin_tb *);
struct qemu_plugin_insn *qemu_plugin_tb_get_insn(const struct qemu_plugin_tb *, size_t);
const void *qemu_plugin_insn_data(const struct qemu_plugin_insn *);
size_t qemu_plugin_insn_size(const struct qemu_plugin_insn *);
void qemu_plugin_register_vcpu_insn_exec_inline(struct qemu_plugin_insn *, enum qemu_plugin_op,
                                                void *ptr, uint64_t imm);
void qemu_plugin_register_vcpu_insn_exec_cb(struct qemu_plugin_insn *, qemu_plugin_vcpu_udata_cb_t,
                                            enum qemu_plugin_cb_flags, void *userdata);
void qemu_plugin_register_atexit_cb(qemu_plugin_id_t, qemu_plugin_udata_cb_t, void *userdata);
/* ---- end of API subset ---- */

QEMU_PLUGIN_EXPORT int qemu_plugin_version = 1;

enum { MARK_START = 1, MARK_STOP = 2 };

static uint64_t insn_count;   /* all guest instructions executed so far */
static uint64_t start_snap;
static bool in_region;
static unsigned region_no;
static FILE *out;

static void on_marker(unsigned int vcpu, void *udata)
{
    (void)vcpu;
    /* Both markers see the counter at the same point relative to their own
     * increment, so stop - start counts the START marker plus the region. */
    if ((uintptr_t)udata == MARK_START) {
        start_snap = insn_count;
        in_region = true;
    } else if (in_region) {
        fprintf(out, "icount: region %u %" PRIu64 "\n", ++region_no, insn_count - start_snap - 1);
        fflush(out);
        in_region = false;
    }
}

static void on_translate(qemu_plugin_id_t id, struct qemu_plugin_tb *tb)
{
    (void)id;
    size_t n = qemu_plugin_tb_n_insns(tb);
    for (size_t i = 0; i < n; i++) {
        struct qemu_plugin_insn *insn = qemu_plugin_tb_get_insn(tb, i);
        qemu_plugin_register_vcpu_insn_exec_inline(insn, QEMU_PLUGIN_INLINE_ADD_U64, &insn_count, 1);
        if (qemu_plugin_insn_size(insn) == 2) {
            uint16_t op;
            memcpy(&op, qemu_plugin_insn_data(insn), 2);  /* little-endian host and guest */
            if (op == 0x46DB || op == 0x46D2)
                qemu_plugin_register_vcpu_insn_exec_cb(insn, on_marker, QEMU_PLUGIN_CB_NO_REGS,
                                                       (void *)(uintptr_t)(op == 0x46DB ? MARK_START : MARK_STOP));
        }
    }
}

static void on_exit(qemu_plugin_id_t id, void *udata)
{
    (void)id; (void)udata;
    fprintf(out, "icount: total %" PRIu64 "\n", insn_count);
    fflush(out);
}

QEMU_PLUGIN_EXPORT int qemu_plugin_install(qemu_plugin_id_t id, const qemu_info_t *info,
                                           int argc, char **argv)
{
    (void)info;
    out = stderr;
    for (int i = 0; i < argc; i++) {
        if (strncmp(argv[i], "out=", 4) == 0) {
            out = fopen(argv[i] + 4, "w");
            if (!out) { perror(argv[i] + 4); return -1; }
        } else {
            fprintf(stderr, "icount_plugin: unknown argument %s\n", argv[i]);
            return -1;
        }
    }
    qemu_plugin_register_vcpu_tb_trans_cb(id, on_translate);
    qemu_plugin_register_atexit_cb(id, on_exit, NULL);
    return 0;
}

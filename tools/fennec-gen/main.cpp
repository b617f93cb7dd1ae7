// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// fennec-gen: an int8 .tflite model into a C++ header for fennec.
//
//   read (tflite_reader) -> validate -> quantize -> plan -> emit (header, report, summary)
//
// Every stage throws on a problem; main() turns that into one line on stderr and exit status 1
// (2 for a bad command line), and writes no output unless every stage succeeded.
#include <iostream>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "arguments.hpp"
#include "cpp_names.hpp"
#include "emit_header.hpp"
#include "error.hpp"
#include "output_files.hpp"
#include "plan.hpp"
#include "quantize.hpp"
#include "report.hpp"
#include "summary.hpp"
#include "tflite_reader.hpp"
#include "validate.hpp"

#ifndef FENNEC_GEN_VERSION
#define FENNEC_GEN_VERSION "unknown"
#endif

namespace {

using namespace fennec::gen;

constexpr int exit_refused = 1;
constexpr int exit_usage = 2;

constexpr std::string_view help_text =
    R"(usage: fennec-gen MODEL.tflite -o OUT.hpp [--name NS] [--summary-json FILE] [--report FILE]

Turns an int8 TensorFlow Lite model into a C++ header for fennec: a type whose shapes,
quantization constants and memory plan the compiler knows, and whose invoke() is a straight
line of kernel calls.

  MODEL.tflite             the model (untrusted input: verified and validated before use)
  -o, --output OUT.hpp     the header to write
  --name NS                the model's namespace in the header; default: the model file's
                           name without .tflite, made into a C++ identifier
  --summary-json FILE      also write a JSON summary: {"model", "sha256", "ops",
                           "params", "weight_bytes", "macs", "arena_bytes",
                           "arena_lower_bound_bytes"}
  --report FILE            also write a self-contained HTML report (layer table, memory plan)
  -h, --help               print this help and exit
  --version                print fennec-gen's version and exit

The header (namespace NS) declares one fennec::Tensor per activation tensor, a namespace
layerN per operator with its constants (weights, bias, per-channel multipliers and shifts,
computed here exactly as TFLM's Prepare does) and its op descriptor, and:
  Model                    the graph as converted: Model::Arena, input(arena), invoke(arena),
                           output(arena), arena_bytes
  ModelInt8                the same without the QUANTIZE of a float input and the DEQUANTIZE
                           to a float output, so firmware passes int8 (= Model when the model
                           has no float edges)
  InputShape, input_scale, input_zero_point, OutputShape, ... (input0_..., input1_... when
                           there are several): the int8 side's shape and quantization
and the memory plan as a comment, with static_asserts that the compiler's plan is this one.
The same model always gives the same bytes. The build runs it with CMake's
fennec_add_model(<target> MODEL <file.tflite> [NAME <ns>]).

Supported operators: ADD, AVERAGE_POOL_2D, CONCATENATION, CONV_2D, DEPTHWISE_CONV_2D,
DEQUANTIZE, FULLY_CONNECTED, LOGISTIC, MAX_POOL_2D, MEAN, MUL, PAD, PADV2, QUANTIZE,
RESHAPE, RESIZE_NEAREST_NEIGHBOR, SOFTMAX, SQUEEZE, STRIDED_SLICE, TANH, TRANSPOSE, on int8
tensors with int8 weights and int32 biases; float32 only at QUANTIZE/DEQUANTIZE model edges;
one subgraph; at most 6 dimensions. Recurrent operators (UNIDIRECTIONAL_SEQUENCE_LSTM, SVDF,
...) are refused, and so is what the int8 kernels cannot compute exactly as TFLM does: an ADD
whose output scale needs a multiplier of 1 or more, a CONCATENATION whose inputs are quantized
unlike its output, a constant operand of ADD, MUL or CONCATENATION, LOGISTIC/TANH input scales
outside [2^-27, 8), SOFTMAX with beta * input scale outside (2^-26, 16).

Each output file is written completely or not at all (a temporary file, then a rename).
Exit status: 0 success; 1 the model is refused or an output cannot be written, with one line
on stderr naming the file and the place:
  MODEL: operator I (OP, "output tensor"): problem
  MODEL: tensor I ("name"): problem
  MODEL: problem
2 a command-line error.
)";

struct CommandLine {
    std::string model;
    std::string header;
    std::string namespace_name;
    std::optional<std::string> summary_json;
    std::optional<std::string> report;
};

// What the command line asks for, or a UsageError.
CommandLine parse_command_line(const std::vector<std::string_view>& args) {
    const Arguments split = split_arguments(
        args, {"-o", "--output", "--name", "--summary-json", "--report"}, {});
    CommandLine command;
    std::optional<std::string> header;
    std::optional<std::string> name;
    for (const Option& option : split.options) {
        const auto set_once = [&](std::optional<std::string>& slot) {
            if (slot) {
                throw UsageError(option.name + " is given twice");
            }
            slot = option.value;
        };
        if (option.name == "-o" || option.name == "--output") {
            set_once(header);
        } else if (option.name == "--name") {
            set_once(name);
        } else if (option.name == "--summary-json") {
            set_once(command.summary_json);
        } else if (option.name == "--report") {
            set_once(command.report);
        } else {
            throw UsageError("unknown option " + option.name);
        }
    }
    const std::vector<std::string>& positional = split.positional;
    if (positional.size() != 1) {
        throw UsageError(positional.empty() ? "no model given"
                                            : "one model at a time, but " +
                                                  std::to_string(positional.size()) + " are given");
    }
    if (!header) {
        throw UsageError("no output header given (-o OUT.hpp)");
    }
    command.model = positional[0];
    command.header = *header;
    command.namespace_name = name ? *name : namespace_from_path(command.model);
    if (!is_cpp_identifier(command.namespace_name)) {
        throw UsageError("--name " + quote(command.namespace_name) +
                         " is not a C++ identifier (or is a keyword or reserved name)");
    }
    return command;
}

// Stages 3 to 5 (quantize, plan, emit): the contents of every file the command line asks for.
std::vector<OutputFile> emit(const Model& model, const CommandLine& command) {
    const std::vector<LayerConstants> layers = quantize(model);
    const ModelFigures figures = model_figures(model);

    const HeaderSource header = make_header_source(model, layers, figures, command.namespace_name,
                                                   command.header, FENNEC_GEN_VERSION);

    std::vector<OutputFile> outputs;
    outputs.push_back({command.header, emit_header(header)});
    if (command.summary_json) {
        outputs.push_back({*command.summary_json, summary_json(model, figures)});
    }
    if (command.report) {
        outputs.push_back({*command.report, emit_report(header)});
    }
    return outputs;
}

int run(const CommandLine& command) {
    Model model = read_tflite(read_file_bytes(command.model), command.model);
    validate(model);
    write_files_atomically(emit(model, command));
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    const std::vector<std::string_view> args(argv + 1, argv + argc);
    for (const std::string_view arg : args) {
        if (arg == "-h" || arg == "--help") {
            std::cout << help_text;
            return 0;
        }
        if (arg == "--version") {
            std::cout << "fennec-gen " << FENNEC_GEN_VERSION << "\n";
            return 0;
        }
    }

    CommandLine command;
    try {
        command = parse_command_line(args);
    } catch (const UsageError& error) {
        std::cerr << "fennec-gen: " << error.what() << "\nTry 'fennec-gen --help'.\n";
        return exit_usage;
    }

    try {
        return run(command);
    } catch (const ModelError& error) {
        std::cerr << command.model << ": " << error.what() << "\n";
    } catch (const OutputError& error) {
        std::cerr << error.what() << "\n";
    } catch (const std::bad_alloc&) {
        std::cerr << command.model << ": out of memory\n";
    } catch (const std::exception& error) {
        std::cerr << "fennec-gen: internal error while processing " << command.model << ": "
                  << error.what() << "\n";
    }
    return exit_refused;
}

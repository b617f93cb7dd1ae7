// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The namespace a generated model gets: --name must be a usable C++ identifier, and the default
// made from the file name always is one.
#include <catch2/catch.hpp>

#include "cpp_names.hpp"

using fennec::gen::is_cpp_identifier;
using fennec::gen::namespace_from_path;

TEST_CASE("--name must be an identifier that is neither a keyword nor reserved", "[gen][names]") {
    CHECK(is_cpp_identifier("kws"));
    CHECK(is_cpp_identifier("kws_dscnn_v2"));
    CHECK(is_cpp_identifier("_private"));
    CHECK_FALSE(is_cpp_identifier(""));
    CHECK_FALSE(is_cpp_identifier("9lives"));
    CHECK_FALSE(is_cpp_identifier("kws-dscnn"));
    CHECK_FALSE(is_cpp_identifier("namespace"));
    CHECK_FALSE(is_cpp_identifier("co_await"));
    CHECK_FALSE(is_cpp_identifier("a__b"));
    CHECK_FALSE(is_cpp_identifier("_Reserved"));
}

TEST_CASE("the default namespace comes from the model's file name", "[gen][names]") {
    CHECK(namespace_from_path("kws_dscnn.tflite") == "kws_dscnn");
    CHECK(namespace_from_path("../shared/models/kws-dscnn.v2.tflite") == "kws_dscnn_v2");
    CHECK(namespace_from_path("models/__odd__name__.tflite") == "odd_name");
    CHECK(namespace_from_path("3d_pose.tflite") == "model_3d_pose");
    CHECK(namespace_from_path("class.tflite") == "class_model");
    CHECK(namespace_from_path("model") == "model");
    CHECK(namespace_from_path("---.tflite") == "model");
    CHECK(namespace_from_path(".tflite") == "tflite");  // a hidden file, not an extension
}

// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "githubsim.h"
#include "jenkinssim.h"
#include "simmodule.h"

namespace glsim {

// Every vendor module the simulator serves besides CircleCI and GitLab (simulator.cpp, gitlabsim.cpp). Adding
// a vendor is its module's file and one line here.
std::vector<std::unique_ptr<SimModule>> createModules()
{
    std::vector<std::unique_ptr<SimModule>> modules;
    modules.push_back(std::make_unique<GitHubSim>());
    modules.push_back(std::make_unique<JenkinsSim>());
    return modules;
}

} // namespace glsim

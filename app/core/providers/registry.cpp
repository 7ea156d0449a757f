// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "providers/registry.h"

#include "providers/circleci/circleciprovider.h"
#include "providers/github/githubprovider.h"
#include "providers/gitlab/gitlabprovider.h"
#include "providers/jenkins/jenkinsprovider.h"

namespace gl {

const QList<ProviderType> &providerTypes()
{
    static const QList<ProviderType> types = {circleci::providerType(), gitlab::providerType(),
                                              github::providerType(), jenkins::providerType()};
    return types;
}

const ProviderType *providerType(const QString &id)
{
    for (const ProviderType &type : providerTypes()) {
        if (type.id == id) {
            return &type;
        }
    }
    return nullptr;
}

} // namespace gl
